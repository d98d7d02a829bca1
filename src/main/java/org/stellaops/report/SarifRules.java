// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * The SARIF rule ({@code reportingDescriptor}) of one vulnerability, as GitHub code scanning reads
 * it, and the mapping from severity to SARIF terms.
 *
 * <p>{@code properties.security-severity} is the CVSS base score of the most severe finding,
 * written with one decimal ({@code "9.1"}). A level stated without a score gets a value inside
 * GitHub's band for that level: critical 9.5, high 8.0, medium 5.5, low 2.0, none 0.0; an
 * unknown severity gets none, so GitHub falls back to the result level. {@code tags} are
 * {@code security}, {@code vulnerability} and the level in lower case.
 *
 * <p>Result level: {@code error} for critical and high, {@code warning} for medium, {@code note}
 * for low, none and unknown.
 */
final class SarifRules {

    /** GitHub shows at most this many characters of a rule description. */
    static final int MAX_DESCRIPTION = 1024;

    private SarifRules() {
    }

    static void writeRule(ObjectNode rule, String id, List<Finding> findings) {
        Severity severity = Vulnerabilities.highestOf(findings);
        String summary = Vulnerabilities.summaryOf(findings);
        List<String> aliases = Vulnerabilities.aliasesOf(findings);
        rule.put("id", id);
        rule.putObject("shortDescription").put("text",
                truncate(summary != null ? summary : "Vulnerability " + id));
        String full = summary != null ? sentence(summary) : "Vulnerability " + id + ".";
        if (!aliases.isEmpty()) {
            full += " Also known as " + String.join(", ", aliases) + ".";
        }
        rule.putObject("fullDescription").put("text", truncate(full));
        rule.putObject("defaultConfiguration").put("level", levelOf(severity.level()));
        rule.put("helpUri", Vulnerabilities.Source.of(id).url());
        ObjectNode help = rule.putObject("help");
        help.put("text", SarifHelp.textOf(id, summary, findings));
        help.put("markdown", SarifHelp.markdownOf(id, summary, findings));
        ObjectNode properties = rule.putObject("properties");
        String securitySeverity = securitySeverityOf(severity);
        if (securitySeverity != null) {
            properties.put("security-severity", securitySeverity);
        }
        ArrayNode tags = properties.putArray("tags");
        tags.add("security");
        tags.add("vulnerability");
        tags.add(severity.level().name().toLowerCase(Locale.ROOT));
    }

    static String securitySeverityOf(Severity severity) {
        if (severity.score() != null) {
            return String.format(Locale.ROOT, "%.1f", severity.score());
        }
        switch (severity.level()) {
            case CRITICAL:
                return "9.5";
            case HIGH:
                return "8.0";
            case MEDIUM:
                return "5.5";
            case LOW:
                return "2.0";
            case NONE:
                return "0.0";
            default:
                return null;
        }
    }

    static String levelOf(SeverityLevel level) {
        switch (level) {
            case CRITICAL:
            case HIGH:
                return "error";
            case MEDIUM:
                return "warning";
            default:
                return "note";
        }
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DESCRIPTION
                ? text : text.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
    }
}
