// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.PolicyResult;
import org.stellaops.scan.ScanVerdict;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.UnmatchedStatement;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexTrust;
import org.stellaops.vex.VexWarning;

/**
 * The report's {@code vex} and {@code policy} sections: which documents and which policy
 * decided, with what trust, what matched nothing and what was wrong. Each is null when the scan
 * was given no VEX or no policy.
 */
final class JsonVerdict {

    private JsonVerdict() {
    }

    static void putVex(ObjectNode root, ScanVerdict verdict) {
        VexEvidence evidence = verdict.vex();
        if (evidence.isEmpty()) {
            root.putNull("vex");
            return;
        }
        ObjectNode vex = root.putObject("vex");
        ArrayNode documents = vex.putArray("documents");
        for (VexDocument document : evidence.documents()) {
            ObjectNode node = documents.addObject();
            node.put("origin", document.origin());
            node.put("format", document.format().label());
            node.put("id", document.documentId());
            node.put("issuer", document.issuer());
            node.put("timestamp", document.timestamp());
            node.put("digest", document.digest());
            node.put("statements", document.statements().size());
        }
        VexTrust trust = evidence.trust();
        ObjectNode trustNode = vex.putObject("trust");
        trustNode.put("defaultWeight", trust.defaultWeight());
        trustNode.put("halfLife", trust.halfLife().toString());
        ArrayNode issuers = trustNode.putArray("issuers");
        trust.issuers().forEach(entry -> issuers.addObject().put("pattern", entry.pattern())
                .put("weight", entry.weight()));
        ArrayNode unmatched = vex.putArray("unmatched");
        if (verdict.assessment() != null) {
            for (UnmatchedStatement statement : verdict.assessment().unmatched()) {
                unmatched.addObject()
                        .put("source", statement.statement().source().toString())
                        .put("issuer", statement.statement().issuer())
                        .put("vulnerability", statement.statement().vulnerability())
                        .put("status", statement.statement().status().wire())
                        .put("reason", statement.reason());
            }
        }
        ArrayNode warnings = vex.putArray("warnings");
        evidence.readerWarnings().forEach(w -> putWarning(warnings, w));
        if (verdict.assessment() != null) {
            verdict.assessment().warnings().forEach(w -> putWarning(warnings, w));
        }
    }

    static void putPolicy(ObjectNode root, ScanVerdict verdict) {
        PolicyResult result = verdict.policy();
        if (result == null) {
            root.putNull("policy");
            return;
        }
        ObjectNode policy = root.putObject("policy");
        policy.put("name", result.name());
        policy.put("version", result.version());
        policy.put("digest", result.digest());
        policy.put("blocked", verdict.blocked());
        ArrayNode gates = policy.putArray("gates");
        for (GateResult gate : result.gates()) {
            gates.addObject().put("name", gate.name()).put("expression", gate.expression())
                    .put("passed", gate.passed()).put("message", gate.message());
        }
        ArrayNode warnings = policy.putArray("warnings");
        result.warnings().forEach(warnings::add);
    }

    private static void putWarning(ArrayNode warnings, VexWarning warning) {
        warnings.addObject().put("source", warning.source() == null ? null
                : warning.source().toString())
                .put("code", warning.code()).put("message", warning.message());
    }
}
