// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;

/**
 * Column widths of the finding rows, fitted once to every finding so that all groups line up:
 * severity, id, score, installed, fixed in, then the advisory's title in what is left of
 * {@link #WIDTH} columns. Values are never cut except the title; a value wider than its
 * column (a long list of fixed versions) pushes the rest of its own row right.
 */
final class TableLayout {

    /** The line width the table aims at. */
    static final int WIDTH = 100;

    static final String INDENT = "  ";
    private static final String GAP = "  ";
    private static final int SEVERITY = "CRITICAL".length();
    private static final int FIXED_MAX = 24;
    /** A title cut shorter than this says nothing; it is left out instead. */
    private static final int TITLE_MIN = 12;

    private final int id;
    private final int score;
    private final int installed;
    private final int fixed;

    private TableLayout(int id, int score, int installed, int fixed) {
        this.id = id;
        this.score = score;
        this.installed = installed;
        this.fixed = fixed;
    }

    static TableLayout fit(List<Finding> findings) {
        int id = "ID".length();
        int score = "SCORE".length();
        int installed = "INSTALLED".length();
        int fixed = "FIXED IN".length();
        for (Finding finding : findings) {
            id = Math.max(id, TableText.clean(finding.id()).length());
            installed = Math.max(installed, TableText.clean(finding.installedVersion()).length());
            fixed = Math.max(fixed, Math.min(FIXED_MAX, fixedOf(finding).length()));
        }
        return new TableLayout(id, score, installed, fixed);
    }

    String header() {
        return INDENT + TableText.pad("SEVERITY", SEVERITY) + GAP + TableText.pad("ID", id) + GAP
                + TableText.pad("SCORE", score) + GAP + TableText.pad("INSTALLED", installed)
                + GAP + TableText.pad("FIXED IN", fixed) + GAP + "TITLE";
    }

    String row(Finding finding, boolean colour) {
        String severity = TableText.pad(finding.severity().level().name(), SEVERITY);
        String rest = GAP + TableText.pad(TableText.clean(finding.id()), id)
                + GAP + TableText.pad(scoreOf(finding), score)
                + GAP + TableText.pad(TableText.clean(finding.installedVersion()), installed)
                + GAP + TableText.pad(fixedOf(finding), fixed);
        int room = WIDTH - INDENT.length() - SEVERITY - rest.length() - GAP.length();
        String title = finding.summary() == null ? "" : TableText.clean(finding.summary()).strip();
        String line = room >= TITLE_MIN && !title.isEmpty()
                ? rest + GAP + TableText.shorten(title, room) : rest.stripTrailing();
        return INDENT + TableText.colourSeverity(severity, finding.severity().level(), colour)
                + line;
    }

    private static String scoreOf(Finding finding) {
        Double value = finding.severity().score();
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fixedOf(Finding finding) {
        return finding.fixedVersions().isEmpty()
                ? "-" : TableText.clean(String.join(", ", finding.fixedVersions()));
    }
}
