// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.match.Finding;
import org.stellaops.scan.ScanResult;

/**
 * The terminal table of {@code stella scan}: one block per package and installed version,
 * packages ordered by their worst finding then name, findings by severity then id; then a
 * summary (see {@link TableSummary}).
 *
 * <pre>
 *   SEVERITY  ID              SCORE  INSTALLED  FIXED IN  TITLE
 * pkg:npm/lodash 2.4.2 (3 findings, 1 component)
 *   CRITICAL  CVE-2019-10744  9.1    2.4.2      4.17.12   Prototype Pollution in lodash
 * </pre>
 *
 * <p>Guarantees: lines end in {@code \n}, nothing depends on the clock or the platform, and
 * ANSI colour appears only when asked for (the command asks on a terminal), so piped output
 * is plain text and byte-stable. Untrusted text is cleaned of control characters first.
 */
public final class TableReport {

    private TableReport() {
    }

    public static String render(ScanResult result, boolean colour) {
        List<String> lines = new ArrayList<>();
        List<Finding> findings = TablePackage.openFindings(result);
        if (!findings.isEmpty()) {
            TableLayout layout = TableLayout.fit(findings);
            lines.add(TableText.bold(layout.header(), colour));
            for (TablePackage group : TablePackage.groupsOf(result)) {
                lines.add(TableText.bold(headingOf(group), colour));
                group.findings().forEach(f -> lines.add(layout.row(f, colour)));
            }
            lines.add("");
        }
        lines.addAll(TableSummary.linesOf(result, colour));
        return String.join("\n", lines) + "\n";
    }

    /** "pkg:npm/lodash 2.4.2 (3 findings, 1 component)". */
    private static String headingOf(TablePackage group) {
        return TableText.clean(group.name()) + " " + TableText.clean(group.installed()) + " ("
                + TableText.count(group.findings().size(), "finding") + ", "
                + TableText.count(group.components(), "component") + ")";
    }
}
