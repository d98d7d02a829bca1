// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The values behind the CEL variables of {@link CelTypes}, as maps. Conventions, stated once
 * here and in docs/policy.md: a missing text is {@code ""}, a missing score is {@code -1.0},
 * an unknown age is {@code -1}, and an unknown time is an absent key (test it with
 * {@code has()}), since CEL has no null timestamp.
 */
final class CelVariables {

    private CelVariables() {
    }

    /** {@code finding}, {@code pkg}, {@code vex} and {@code scan} for one finding. */
    static Map<String, Object> forRule(Subject subject, Map<String, Object> scan) {
        FindingFacts facts = subject.facts;
        Map<String, Object> finding = new HashMap<>(16);
        putFinding(finding, subject);

        Map<String, Object> pkg = new HashMap<>(8);
        putPackage(pkg, facts);

        Map<String, Object> vex = new HashMap<>(4);
        vex.put("status", text(facts.vexStatus()));
        vex.put("justification", text(facts.vexJustification()));
        vex.put("issuer", text(facts.vexIssuer()));

        return Map.of("finding", finding, "pkg", pkg, "vex", vex, "scan", scan);
    }

    /** One element of a gate's {@code findings}: finding, package and VEX fields flattened. */
    static Map<String, Object> forGate(Subject subject, PolicyDecision decision) {
        FindingFacts facts = subject.facts;
        Map<String, Object> merged = new HashMap<>(32);
        putFinding(merged, subject);
        putPackage(merged, facts);
        merged.put("vexStatus", text(facts.vexStatus()));
        merged.put("vexJustification", text(facts.vexJustification()));
        merged.put("vexIssuer", text(facts.vexIssuer()));
        merged.put("action", decision.action() == null ? "" : decision.action().wire());
        merged.put("rule", text(decision.rule()));
        return merged;
    }

    static Map<String, Object> forScan(ScanFacts scan, Instant referenceTime) {
        Map<String, Object> values = new HashMap<>(8);
        if (referenceTime != null) {
            values.put("referenceTime", timestamp(referenceTime));
        }
        values.put("targetKind", text(scan.targetKind()));
        values.put("targetRef", text(scan.targetRef()));
        values.put("targetDigest", text(scan.targetDigest()));
        values.put("snapshotDigest", text(scan.snapshotDigest()));
        values.put("snapshotDate", text(scan.snapshotDate()));
        return values;
    }

    private static void putFinding(Map<String, Object> map, Subject subject) {
        FindingFacts facts = subject.facts;
        map.put("id", text(facts.id()));
        map.put("aliases", facts.aliases());
        map.put("severity", SeverityCondition.name(subject.severity));
        map.put("score", facts.score() == null ? -1.0 : facts.score());
        map.put("vector", text(facts.vector()));
        map.put("fixed", facts.fixedVersions());
        map.put("fixAvailable", subject.fixAvailable);
        if (subject.published != null) {
            map.put("published", timestamp(subject.published));
        }
        long age = subject.ageDays();
        map.put("ageDays", age);
        // OSV records no date for a fix release: the advisory's publication stands in for it
        map.put("fixAgeDays", subject.fixAvailable ? age : -1L);
    }

    private static void putPackage(Map<String, Object> map, FindingFacts facts) {
        map.put("purl", text(facts.purl()));
        map.put("name", text(facts.packageName()));
        map.put("ecosystem", text(facts.ecosystem()));
        map.put("version", text(facts.version()));
        map.put("layers", facts.layers());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond())
                .setNanos(instant.getNano()).build();
    }
}
