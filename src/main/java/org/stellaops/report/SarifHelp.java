// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.List;
import org.stellaops.match.Finding;

/**
 * The help text of a SARIF rule, as plain text and as Markdown: the summary, each affected
 * package with the versions that fix it, and the references.
 */
final class SarifHelp {

    private SarifHelp() {
    }

    static String textOf(String id, String summary, List<Finding> findings) {
        StringBuilder text = new StringBuilder(id);
        text.append(summary == null ? "" : ": " + summary).append("\n\nAffected packages:\n");
        for (Finding f : findings) {
            text.append("- ").append(f.purl()).append(": ").append(fixOf(f)).append('\n');
        }
        List<String> references = Vulnerabilities.referencesOf(findings);
        if (!references.isEmpty()) {
            text.append("\nReferences:\n");
            references.forEach(r -> text.append("- ").append(r).append('\n'));
        }
        return text.toString();
    }

    static String markdownOf(String id, String summary, List<Finding> findings) {
        StringBuilder md = new StringBuilder("**").append(escape(id)).append("**");
        md.append(summary == null ? "" : ": " + escape(summary)).append("\n\n");
        md.append("| Package | Installed | Fix |\n| --- | --- | --- |\n");
        for (Finding f : findings) {
            md.append("| `").append(f.purl().replace("`", "'")).append("` | ")
                    .append(escape(String.valueOf(f.installedVersion()))).append(" | ")
                    .append(escape(fixOf(f))).append(" |\n");
        }
        List<String> references = Vulnerabilities.referencesOf(findings);
        if (!references.isEmpty()) {
            md.append("\nReferences:\n\n");
            references.forEach(r -> md.append("- <").append(r.replace(">", "%3E")).append(">\n"));
        }
        return md.toString();
    }

    private static String fixOf(Finding finding) {
        List<String> fixed = finding.fixedVersions();
        return fixed.isEmpty() ? "no fixed version known" : "fixed in " + String.join(", ", fixed);
    }

    /** Keeps advisory text from turning into Markdown structure (tables, emphasis, links). */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1").replace('\n', ' ');
    }
}
