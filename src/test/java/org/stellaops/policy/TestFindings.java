// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;
import org.stellaops.severity.SeverityLevel;

/** Findings and scans for policy tests: one realistic default, changed one field at a time. */
final class TestFindings {

    static final ScanFacts SCAN = scanAt("2026-06-01T00:00:00Z");

    private TestFindings() {
    }

    static ScanFacts scanAt(String referenceTime) {
        return new ScanFacts(referenceTime, "image", "registry.example/app:1.0",
                "sha256:aaaa", "sha256:bbbb", "2026-05-31");
    }

    static Builder finding() {
        return new Builder();
    }

    static PolicyResult evaluate(String yaml, ScanFacts scan, FindingFacts... findings)
            throws PolicyException {
        Policy policy = PolicyLoader.parse("policy.yaml", yaml);
        return PolicyEngine.compile(policy).evaluate(List.of(findings), scan);
    }

    static PolicyDecision decide(String yaml, FindingFacts finding) throws PolicyException {
        return evaluate(yaml, SCAN, finding).decisions().get(0);
    }

    /** A high npm lodash finding with a fix, CVSS 7.5 network vector, published 2026-01-01. */
    static final class Builder {
        String id = "GHSA-29mw-wpgm-hmr9";
        List<String> aliases = List.of("CVE-2020-28500");
        String purl = "pkg:npm/lodash@4.17.20";
        String name = "lodash";
        String ecosystem = "npm";
        String version = "4.17.20";
        List<String> layers = List.of("sha256:layer1");
        SeverityLevel severity = SeverityLevel.HIGH;
        Double score = 7.5;
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";
        List<String> fixed = List.of("4.17.21");
        String published = "2026-01-01T00:00:00Z";
        String vexStatus = "affected";
        String vexJustification;
        String vexIssuer;

        Builder id(String value) { id = value; return this; }
        Builder purl(String value, String packageName, String type) {
            purl = value; name = packageName; ecosystem = type; return this;
        }
        Builder severity(SeverityLevel value) { severity = value; return this; }
        Builder score(Double value) { score = value; return this; }
        Builder vector(String value) { vector = value; return this; }
        Builder noFix() { fixed = List.of(); return this; }
        Builder published(String value) { published = value; return this; }
        Builder layers(String... values) { layers = List.of(values); return this; }
        Builder vex(String status, String justification) {
            vexStatus = status; vexJustification = justification; vexIssuer = "vendor"; return this;
        }

        FindingFacts build() {
            return new FindingFacts(id + " " + purl, id, aliases, purl, name, ecosystem, version,
                    layers, severity, score, vector, fixed, published, vexStatus,
                    vexJustification, vexIssuer);
        }
    }
}
