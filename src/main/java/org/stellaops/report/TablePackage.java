// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stellaops.match.Finding;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/**
 * One group of the table: a package (its purl without version, qualifiers and subpath) at one
 * installed version, with its findings in {@link Finding#REPORT_ORDER} (severity, then id).
 *
 * @param components how many SBOM components carry one of the group's purls
 */
record TablePackage(String name, String installed, List<Finding> findings, int components) {

    /** Worst finding first, then package name, then installed version. */
    static final Comparator<TablePackage> ORDER = Comparator
            .comparing(TablePackage::worst).reversed()
            .thenComparing(TablePackage::name)
            .thenComparing(TablePackage::installed);

    TablePackage {
        findings = List.copyOf(findings);
    }

    SeverityLevel worst() {
        return findings.get(0).severity().level();
    }

    /**
     * The scan's open findings grouped by package and installed version, in {@link #ORDER}.
     * Findings that VEX or policy closed are counted in the summary, not listed.
     */
    static List<TablePackage> groupsOf(ScanResult result) {
        Map<List<String>, List<Finding>> byKey = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Finding finding : openFindings(result)) {
            byKey.computeIfAbsent(List.of(nameOf(finding.purl()), finding.installedVersion()),
                    k -> new ArrayList<>()).add(finding);
        }
        List<TablePackage> groups = new ArrayList<>();
        byKey.forEach((key, findings) -> {
            findings.sort(Finding.REPORT_ORDER);
            Set<String> refs = new TreeSet<>();
            findings.forEach(f -> refs.addAll(JsonFindings.componentsOf(f.purl(), result)));
            groups.add(new TablePackage(key.get(0), key.get(1), findings, refs.size()));
        });
        groups.sort(ORDER);
        return groups;
    }

    static List<Finding> openFindings(ScanResult result) {
        List<Finding> open = new ArrayList<>();
        List<Finding> all = result.report().findings();
        for (int i = 0; i < all.size(); i++) {
            if (result.verdict().findings().get(i).isOpen()) {
                open.add(all.get(i));
            }
        }
        return open;
    }

    /**
     * The purl without qualifiers, subpath and version, as written. The version starts at the
     * last {@code @} after the last {@code /}, so an unencoded npm scope ({@code @angular/core})
     * stays part of the name.
     */
    static String nameOf(String purl) {
        int end = purl.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = purl.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String base = purl.substring(0, end);
        int version = base.indexOf('@', base.lastIndexOf('/') + 1);
        return version >= 0 ? base.substring(0, version) : base;
    }
}
