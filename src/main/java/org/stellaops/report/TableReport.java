// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageResult;
import org.stellaops.match.ScanReport;

/** The terminal table: one line per finding, then what could not be answered. */
public final class TableReport {

    private static final String ROW = "%-9s %-20s %-5s %-44s %-18s %s%n";

    private TableReport() {
    }

    /** PLACEHOLDER: grouped by package, colour on a TTY. */
    public static String render(org.stellaops.scan.ScanResult result, boolean colour) {
        throw new UnsupportedOperationException("PLACEHOLDER TableReport(ScanResult)");
    }

    public static String render(ScanReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("snapshot %s (%s), %d packages, %d findings%n",
                report.snapshotDigest(), report.snapshotDate(), report.packages(),
                report.findings().size()));
        if (!report.findings().isEmpty()) {
            out.append(String.format(ROW, "SEVERITY", "ID", "SCORE", "PACKAGE", "INSTALLED",
                    "FIXED IN"));
        }
        for (Finding f : report.findings()) {
            String score = f.severity().score() == null
                    ? "-" : String.format(Locale.ROOT, "%.1f", f.severity().score());
            String fixed = f.fixedVersions().isEmpty() ? "-" : String.join(", ", f.fixedVersions());
            out.append(String.format(ROW, f.severity().level().name(), f.id(), score,
                    packageOf(f.purl()), f.installedVersion(), fixed));
        }
        for (PackageResult result : report.notCovered()) {
            out.append(String.format("NOT COVERED %s: %s%n", result.purl(), result.reason()));
        }
        if (!report.unknowns().isEmpty()) {
            out.append(String.format("%d advisories could not be evaluated (see --format json)%n",
                    report.unknowns().size()));
        }
        return out.toString();
    }

    /** The purl without qualifiers and version, which the table shows in its own columns. */
    private static String packageOf(String purl) {
        int end = purl.length();
        for (char c : new char[] {'?', '#', '@'}) {
            int at = purl.indexOf(c, 4);
            end = at > 0 ? Math.min(end, at) : end;
        }
        return purl.substring(0, end);
    }
}
