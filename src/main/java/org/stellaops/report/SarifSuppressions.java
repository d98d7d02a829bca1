// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.WeighedStatement;

/**
 * SARIF {@code suppressions} of a closed finding: kind {@code external} (the decision was made
 * outside the scanned files: in a VEX document or a policy), status {@code accepted}, and a
 * justification naming who decided and why. Open findings get none.
 */
final class SarifSuppressions {

    private SarifSuppressions() {
    }

    static void write(ObjectNode result, FindingVerdict verdict) {
        if (verdict.isOpen()) {
            return;
        }
        ArrayNode suppressions = result.putArray("suppressions");
        ObjectNode suppression = suppressions.addObject();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", justificationOf(verdict));
    }

    static String justificationOf(FindingVerdict verdict) {
        if (FindingVerdict.IGNORED.equals(verdict.state())) {
            String text = "Ignored by policy rule " + verdict.policy().rule();
            if (verdict.policy().reason() != null) {
                text += ": " + verdict.policy().reason();
            }
            return verdict.policy().expires() == null ? text
                    : text + " (until " + verdict.policy().expires() + ")";
        }
        WeighedStatement winner = verdict.vex().winner();
        VexStatement statement = winner.statement();
        StringBuilder text = new StringBuilder("VEX ").append(statement.status().wire())
                .append(" by ").append(statement.issuer());
        if (statement.justification() != null) {
            text.append(": ").append(statement.justification().wire());
        } else if (statement.justificationText() != null) {
            text.append(": ").append(statement.justificationText());
        }
        if (statement.impactStatement() != null && !statement.impactStatement().isBlank()) {
            text.append(" (").append(statement.impactStatement().strip()).append(')');
        }
        return text.append(" [").append(statement.source()).append(']').toString();
    }
}
