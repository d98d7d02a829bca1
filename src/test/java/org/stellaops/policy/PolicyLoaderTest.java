// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.severity.SeverityLevel;

/** Reading policy files: the model, every refusal with its position, the digest, hostile YAML. */
class PolicyLoaderTest {

    private static final String EXAMPLE = """
            apiVersion: stella.ops/policy/v1
            name: default
            version: "3"
            match: all
            rules:
              - id: block-critical-with-fix
                when:
                  severity: [critical]
                  fixAvailable: true
                action: block
                reason: critical with a fix
              - id: ignore-test-tool
                when: { purl: "pkg:npm/jest*", vexStatus: [affected] }
                action: ignore
                reason: dev dependency
                expires: 2027-01-31
              - id: escalate-network
                when: { cvss: { vector: { AV: N, PR: N }, scoreAtLeast: 7.0 } }
                action: escalate
                to: critical
            gates:
              - name: no-criticals
                cel: '!findings.exists(f, f.severity == "critical")'
            """;

    private static PolicyException refusal(String yaml) {
        return catchThrowableOfType(PolicyException.class,
                () -> PolicyLoader.parse("policy.yaml", yaml));
    }

    @Test
    void readsTheExamplePolicy() throws PolicyException {
        Policy policy = PolicyLoader.parse("policy.yaml", EXAMPLE);

        assertThat(policy.name()).isEqualTo("default");
        assertThat(policy.version()).isEqualTo("3");
        assertThat(policy.origin()).isEqualTo("policy.yaml");
        assertThat(policy.match()).isEqualTo(MatchMode.ALL);
        assertThat(policy.rules()).extracting(PolicyRule::id).containsExactly(
                "block-critical-with-fix", "ignore-test-tool", "escalate-network");
        assertThat(policy.rules().get(1).expires()).isEqualTo("2027-01-31");
        assertThat(policy.rules().get(2).escalateTo()).isEqualTo(SeverityLevel.CRITICAL);
        assertThat(policy.gates()).extracting(PolicyGate::name).containsExactly("no-criticals");
        assertThat(policy.digest()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void matchDefaultsToFirst() throws PolicyException {
        Policy policy = PolicyLoader.parse("p", """
                apiVersion: stella.ops/policy/v1
                name: n
                rules: []
                """);
        assertThat(policy.match()).isEqualTo(MatchMode.FIRST);
        assertThat(policy.version()).isNull();
    }

    @Test
    void ignoreWithoutReasonIsRefusedAtTheRule() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: ok
                    action: warn
                  - id: lazy
                    when: {severity: [low]}
                    action: ignore
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.reason()).contains("reason");
        assertThat(e.getMessage()).startsWith("policy.yaml:6:5: ");
    }

    @Test
    void escalateWithoutTargetLevelIsRefused() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: up
                    action: escalate
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("to");
    }

    @Test
    void targetLevelOnAnotherActionIsRefusedAtTheKey() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: r
                    action: warn
                    to: high
                """);
        assertThat(e.getMessage()).isEqualTo("policy.yaml:6:5: only an escalate rule takes 'to'");
    }

    @Test
    void unknownKeyIsRefusedAtTheKey() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: r
                    when:
                      severity: [high]
                      sevrity: [low]
                    action: warn
                """);
        assertThat(e.reason()).isEqualTo("unknown key 'sevrity'");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void wrongTypeIsRefusedAtTheValue() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: r
                    when: {fixAvailable: "yes please"}
                    action: warn
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(26);
        assertThat(e.reason()).contains("fixAvailable");
    }

    @Test
    void yamlSyntaxErrorCarriesTheParsersPosition() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: r
                    when: {severity: [high}
                    action: warn
                """);
        assertThat(e.reason()).startsWith("YAML syntax error");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(27);
    }

    @Test
    void duplicateRuleIdIsRefusedAtTheSecondId() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: same
                    action: warn
                  - id: same
                    action: block
                """);
        assertThat(e.reason()).isEqualTo("duplicate rule id 'same'");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void expiryThatIsNoDateIsRefused() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: n
                rules:
                  - id: r
                    action: ignore
                    reason: later
                    expires: next tuesday
                """);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(14);
    }

    @Test
    void customTagsAreRefused() {
        PolicyException e = refusal("""
                apiVersion: stella.ops/policy/v1
                name: !!java.lang.Runtime x
                rules: []
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("not allowed");
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("apiVersion: stella.ops/policy/v1\nname: n\n");
        yaml.append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("rules: []\n");

        PolicyException e = refusal(yaml.toString());
        assertThat(e).isNotNull();
        assertThat(e.reason()).containsIgnoringCase("alias");
    }

    @Test
    void oversizedPolicyIsRefusedUnparsed() {
        String yaml = "name: n\n# " + "x".repeat(PolicyLoader.MAX_SIZE) + "\n";
        assertThat(refusal(yaml).reason()).contains("larger than");
    }

    @Test
    void digestIgnoresKeyOrderQuotingAndLayout() throws PolicyException {
        String reordered = """
                rules:
                  - action: escalate
                    to: critical
                    id: escalate-network
                    when:
                      cvss: {scoreAtLeast: 7.0, vector: {PR: N, AV: N}}
                  # a comment changes nothing
                  - {id: block-critical-with-fix, action: block, reason: 'critical with a fix',
                     when: {fixAvailable: true, severity: [critical]}}
                  - id: ignore-test-tool
                    action: ignore
                    reason: "dev dependency"
                    expires: "2027-01-31"
                    when: {vexStatus: [affected], purl: pkg:npm/jest*}
                gates: [{cel: '!findings.exists(f, f.severity == "critical")', name: no-criticals}]
                match: all
                version: '3'
                name: default
                apiVersion: "stella.ops/policy/v1"
                """;
        String original = PolicyLoader.parse("a", EXAMPLE).digest();
        // the rules are reordered too, which is a different policy in first-match mode
        assertThat(PolicyLoader.parse("b", reordered).digest()).isNotEqualTo(original);
        String sameOrder = EXAMPLE.replace("reason: dev dependency", "reason: 'dev dependency'")
                .replace("    when: { purl: \"pkg:npm/jest*\", vexStatus: [affected] }\n", "")
                .replace("    expires: 2027-01-31\n",
                        "    expires: 2027-01-31\n    when:\n      vexStatus: [ affected ]\n"
                                + "      purl: 'pkg:npm/jest*'\n")
                + "# trailing comment\n";
        assertThat(PolicyLoader.parse("c", sameOrder).digest()).isEqualTo(original);
    }

    @Test
    void digestChangesWithContent() throws PolicyException {
        String original = PolicyLoader.parse("a", EXAMPLE).digest();
        String changed = EXAMPLE.replace("scoreAtLeast: 7.0", "scoreAtLeast: 7.1");
        assertThat(PolicyLoader.parse("a", changed).digest()).isNotEqualTo(original);
    }

    @Test
    void loadsFromFileWithThePathAsOrigin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "apiVersion: stella.ops/policy/v1\nname: n\nrules: 3\n");
        assertThatThrownBy(() -> PolicyLoader.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(file + ":3:8: ");
    }

    @Test
    void bundledSchemaIsTheOnePublishedInDocs() throws IOException {
        byte[] published = Files.readAllBytes(Path.of("docs/schemas/stella-policy-1.schema.json"));
        try (InputStream bundled = PolicyLoader.class.getResourceAsStream(
                "/schemas/stella-policy-1.schema.json")) {
            assertThat(bundled).isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(published);
        }
    }
}
