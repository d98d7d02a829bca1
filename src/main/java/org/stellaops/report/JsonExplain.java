// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.RuleEvaluation;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.WeighedStatement;

/**
 * The {@code explain} member of a JSON finding: after the matched ranges of {@code trace},
 * each VEX statement considered with its weight and role, each policy rule with its result,
 * and the final state. {@code stella scan --explain} prints the same, readably.
 */
final class JsonExplain {

    private JsonExplain() {
    }

    static void write(JsonGenerator out, FindingVerdict verdict) throws IOException {
        out.writeFieldName("explain");
        out.writeStartObject();
        out.writeFieldName("vex");
        out.writeStartObject();
        out.writeStringField("status", verdict.vex().status().wire());
        out.writeFieldName("statements");
        out.writeStartArray();
        for (WeighedStatement weighed : verdict.vex().considered()) {
            writeStatement(out, weighed);
        }
        out.writeEndArray();
        out.writeEndObject();
        writePolicy(out, verdict.policy());
        out.writeFieldName("final");
        out.writeStartObject();
        out.writeStringField("state", verdict.state());
        out.writeStringField("action", verdict.finalAction());
        out.writeStringField("level", verdict.countedLevel().name().toLowerCase(Locale.ROOT));
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeStatement(JsonGenerator out, WeighedStatement weighed)
            throws IOException {
        VexStatement statement = weighed.statement();
        out.writeStartObject();
        out.writeStringField("role", weighed.role());
        out.writeStringField("issuer", statement.issuer());
        out.writeStringField("vulnerability", statement.vulnerability());
        out.writeStringField("status", statement.status().wire());
        JsonFindings.writeString(out, "justification", statement.justification() == null ? null
                : statement.justification().wire());
        JsonFindings.writeString(out, "impact", statement.impactStatement());
        JsonFindings.writeString(out, "action", statement.actionStatement());
        JsonFindings.writeString(out, "timestamp", statement.timestamp());
        out.writeStringField("format", statement.format().label());
        out.writeStringField("source", statement.source().toString());
        out.writeStringField("match", weighed.match());
        out.writeNumberField("trust", weighed.trust());
        out.writeNumberField("confidence", weighed.confidence());
        out.writeNumberField("decay", weighed.decay());
        out.writeNumberField("weight", weighed.weight());
        JsonFindings.writeString(out, "note", weighed.note());
        out.writeEndObject();
    }

    private static void writePolicy(JsonGenerator out, PolicyDecision decision)
            throws IOException {
        out.writeFieldName("policy");
        if (decision == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        JsonFindings.writeString(out, "action", wireOf(decision.action()));
        JsonFindings.writeString(out, "rule", decision.rule());
        JsonFindings.writeString(out, "reason", decision.reason());
        JsonFindings.writeString(out, "expires", decision.expires());
        JsonFindings.writeString(out, "escalatedTo", decision.escalatedTo() == null ? null
                : decision.escalatedTo().name().toLowerCase(Locale.ROOT));
        out.writeFieldName("rules");
        out.writeStartArray();
        for (RuleEvaluation rule : decision.trace()) {
            out.writeStartObject();
            out.writeStringField("rule", rule.rule());
            out.writeStringField("result", rule.result());
            JsonFindings.writeString(out, "action", wireOf(rule.action()));
            JsonFindings.writeString(out, "detail", rule.detail());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static String wireOf(org.stellaops.policy.PolicyAction action) {
        return action == null ? null : action.wire();
    }
}
