// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code stella scan --explain ID}: the explain trace of every finding with that id or alias,
 * in words, one block per affected package. Read from the JSON report, so a local scan and a
 * server's scan explain themselves the same way.
 *
 * <pre>
 * CVE-2019-10744 in pkg:npm/lodash@2.4.2 (also GHSA-jf85-cpcp-j695)
 *   matched   GHSA-jf85-cpcp-j695 npm/lodash &lt;4.17.12: ...
 *   vex       won        not_affected by Lodash Maintainers, vulnerable_code_not_present
 *             (weight 0.5 = trust 0.5 x confidence 1.0 x decay 1.0); product ...; f#/...
 *   policy    rule block-critical: not-matched (severity high not in [critical])
 *   final     suppressed (action suppress, counted as critical)
 * </pre>
 */
public final class ExplainText {

    private ExplainText() {
    }

    public static String render(JsonNode report, String id) {
        List<String> lines = new ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            if (named(finding, id)) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(linesOf(finding));
            }
        }
        if (lines.isEmpty()) {
            lines.add("no finding of " + TableText.clean(id) + " in this scan (reference time "
                    + report.path("referenceTime").asText() + ", snapshot "
                    + report.path("advisorySnapshot").path("digest").asText() + ")");
        }
        return String.join("\n", lines) + "\n";
    }

    private static boolean named(JsonNode finding, String id) {
        if (finding.path("id").asText().equalsIgnoreCase(id)) {
            return true;
        }
        for (JsonNode alias : finding.path("aliases")) {
            if (alias.asText().equalsIgnoreCase(id)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> linesOf(JsonNode finding) {
        List<String> lines = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        finding.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        lines.add(clean(finding.path("id").asText() + " in " + finding.path("purl").asText()
                + (aliases.isEmpty() ? "" : " (also " + String.join(", ", aliases) + ")")));
        for (JsonNode range : finding.path("trace")) {
            lines.add("  matched   " + clean(range.path("advisory").asText() + " "
                    + range.path("ecosystem").asText() + "/" + range.path("package").asText()
                    + " " + range.path("range").asText() + ": " + range.path("reason").asText()));
        }
        JsonNode explain = finding.path("explain");
        JsonNode statements = explain.path("vex").path("statements");
        if (statements.isEmpty()) {
            lines.add("  vex       no statement applies: affected");
        }
        statements.forEach(statement -> lines.add("  vex       "
                + clean(statementLine(statement))));
        JsonNode policy = explain.path("policy");
        if (!policy.isObject()) {
            lines.add("  policy    none given");
        } else {
            for (JsonNode rule : policy.path("rules")) {
                String detail = rule.path("detail").isTextual()
                        ? " (" + rule.path("detail").asText() + ")" : "";
                lines.add("  policy    " + clean("rule " + rule.path("rule").asText() + ": "
                        + rule.path("result").asText() + detail));
            }
        }
        JsonNode decided = explain.path("final");
        lines.add("  final     " + decided.path("state").asText("open") + " (action "
                + decided.path("action").asText("none") + ", counted as "
                + decided.path("level").asText(finding.path("severity").path("level").asText())
                + ")");
        return lines;
    }

    private static String statementLine(JsonNode statement) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s",
                statement.path("role").asText())).append(statement.path("status").asText())
                .append(" by ").append(statement.path("issuer").asText());
        if (statement.path("justification").isTextual()) {
            line.append(", ").append(statement.path("justification").asText());
        }
        line.append(" (weight ").append(statement.path("weight").asText())
                .append(" = trust ").append(statement.path("trust").asText())
                .append(" x confidence ").append(statement.path("confidence").asText())
                .append(" x decay ").append(statement.path("decay").asText()).append("); ")
                .append(statement.path("match").asText()).append("; ")
                .append(statement.path("source").asText());
        if (statement.path("note").isTextual()) {
            line.append("; ").append(statement.path("note").asText());
        }
        return line.toString();
    }

    private static String clean(String text) {
        return TableText.clean(text);
    }
}
