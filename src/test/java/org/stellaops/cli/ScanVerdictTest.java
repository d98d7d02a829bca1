// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.sbom.OfficialSchemas;

/**
 * {@code stella scan --vex --policy-file} end to end on the bundled Juice Shop SBOM and
 * snapshot: VEX closes findings, policy decides, the threshold counts what stays open, and
 * every report format carries the final state.
 */
class ScanVerdictTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The four critical findings of the example, each declared not affected by a vendor. */
    private static final String CRITICALS_NOT_AFFECTED = """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/juice-shop-1",
              "author": "Juice Shop Maintainers",
              "timestamp": "2024-01-10T00:00:00Z",
              "version": 1,
              "statements": [
                {"vulnerability": {"name": "CVE-2019-10744"},
                 "products": [{"@id": "pkg:npm/lodash@2.4.2"}],
                 "status": "not_affected",
                 "justification": "vulnerable_code_not_in_execute_path"},
                {"vulnerability": {"name": "GHSA-896r-f27r-55mw"},
                 "products": [{"@id": "pkg:npm/json-schema"}],
                 "status": "not_affected",
                 "justification": "vulnerable_code_not_present"},
                {"vulnerability": {"name": "CVE-2021-44906"},
                 "products": [{"@id": "pkg:npm/minimist"}],
                 "status": "fixed"},
                {"vulnerability": {"name": "CVE-1999-0001"},
                 "products": [{"@id": "pkg:npm/left-pad"}],
                 "status": "not_affected",
                 "justification": "component_not_present"}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void vexClosesFindingsAndTheThresholdCountsOnlyOpenOnes() throws Exception {
        Path vex = write("vendor.openvex.json", CRITICALS_NOT_AFFECTED);

        Stella.Result plain = Stella.run("scan", "--db", "examples/db", JUICE_SHOP);
        Stella.Result withVex = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--vex", vex.toString(), JUICE_SHOP);

        assertThat(plain.exit()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(withVex.exit()).as(withVex.err()).isEqualTo(StellaMain.EXIT_PASS);
        JsonNode report = JSON.readTree(withVex.out());
        JsonNode lodash = finding(report, "CVE-2019-10744", "pkg:npm/lodash@2.4.2");
        assertThat(lodash.path("status").asText()).isEqualTo("not_affected");
        assertThat(lodash.path("state").asText()).isEqualTo("suppressed");
        JsonNode winner = lodash.path("explain").path("vex").path("statements").get(0);
        assertThat(winner.path("role").asText()).isEqualTo("won");
        assertThat(winner.path("issuer").asText()).isEqualTo("Juice Shop Maintainers");
        assertThat(winner.path("source").asText()).endsWith("vendor.openvex.json#/statements/0");
        assertThat(finding(report, "CVE-2021-44906", "pkg:npm/minimist@1.2.5")
                .path("status").asText()).isEqualTo("fixed");
        assertThat(report.path("counts").path("byState").path("suppressed").asInt()).isEqualTo(4);
        assertThat(report.path("vex").path("unmatched")).singleElement()
                .satisfies(u -> assertThat(u.path("reason").asText())
                        .isEqualTo("no finding of CVE-1999-0001 in this scan"));
        assertThat(schemaErrors(report)).isEmpty();
    }

    @Test
    void policyIgnoresBlocksAndEscalatesAfterVex() throws Exception {
        Path policy = write("policy.yaml", """
                apiVersion: stella.ops/policy/v1
                name: juice
                version: "1"
                rules:
                  - id: ignore-old-cookie
                    when: { purl: "pkg:npm/cookie*" }
                    action: ignore
                    reason: cookie parsing is not exposed
                  - id: block-path-to-regexp
                    when: { package: path-to-regexp }
                    action: block
                    reason: ReDoS on a public route
                  - id: escalate-qs
                    cel: 'pkg.name == "qs"'
                    action: escalate
                    to: critical
                """);

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--threshold", "critical", "--policy-file", policy.toString(), JUICE_SHOP);

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        JsonNode cookie = finding(report, "CVE-2024-47764", "pkg:npm/cookie@0.3.1");
        assertThat(cookie.path("state").asText()).isEqualTo("ignored");
        assertThat(cookie.path("explain").path("policy").path("reason").asText())
                .isEqualTo("cookie parsing is not exposed");
        JsonNode qs = finding(report, "CVE-2022-24999", "pkg:npm/qs@6.5.2");
        assertThat(qs.path("explain").path("final").path("level").asText()).isEqualTo("critical");
        assertThat(finding(report, "CVE-2024-45296", "pkg:npm/path-to-regexp@0.1.7")
                .path("explain").path("final").path("action").asText()).isEqualTo("block");
        assertThat(report.path("policy").path("name").asText()).isEqualTo("juice");
        assertThat(report.path("policy").path("digest").asText()).startsWith("sha256:");
        assertThat(report.path("policy").path("blocked").asBoolean()).isTrue();
        assertThat(schemaErrors(report)).isEmpty();
    }

    @Test
    void aBlockFailsTheScanEvenWhenNothingReachesTheThreshold() throws Exception {
        Path vex = write("vendor.openvex.json", CRITICALS_NOT_AFFECTED);
        Path policy = write("policy.yaml", """
                apiVersion: stella.ops/policy/v1
                name: strict
                rules:
                  - id: block-express
                    when: { package: express, severity: { atLeast: medium } }
                    action: block
                """);
        Path lenient = write("lenient.yaml", """
                apiVersion: stella.ops/policy/v1
                name: lenient
                rules: []
                """);

        Stella.Result strict = Stella.run("scan", "--db", "examples/db", "--vex", vex.toString(),
                "--policy-file", policy.toString(), JUICE_SHOP);
        Stella.Result passes = Stella.run("scan", "--db", "examples/db", "--vex",
                vex.toString(), "--policy-file", lenient.toString(), JUICE_SHOP);

        assertThat(strict.exit()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(strict.out()).contains("policy strict", "BLOCKED");
        assertThat(passes.exit()).as(passes.err()).isEqualTo(StellaMain.EXIT_PASS);
    }

    @Test
    void explainPrintsOneFindingsTraceReadably() throws Exception {
        Path vex = write("vendor.openvex.json", CRITICALS_NOT_AFFECTED);

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--vex", vex.toString(),
                "--explain", "GHSA-jf85-cpcp-j695", JUICE_SHOP);

        assertThat(result.out()).startsWith("CVE-2019-10744 in pkg:npm/lodash@2.4.2");
        assertThat(result.out()).contains("  matched   GHSA-jf85-cpcp-j695",
                "  vex       won        not_affected by Juice Shop Maintainers, "
                        + "vulnerable_code_not_in_execute_path",
                "  policy    none given",
                "  final     suppressed (action suppress, counted as critical)");
    }

    @Test
    void cycloneDxAndSarifCarryTheFinalState() throws Exception {
        Path vex = write("vendor.openvex.json", CRITICALS_NOT_AFFECTED);

        String cdx = Stella.run("scan", "--db", "examples/db", "--format", "cyclonedx",
                "--vex", vex.toString(), JUICE_SHOP).out();
        String sarif = Stella.run("scan", "--db", "examples/db", "--format", "sarif",
                "--vex", vex.toString(), JUICE_SHOP).out();

        assertThat(OfficialSchemas.validateCycloneDx(cdx)).isEmpty();
        JsonNode lodash = null;
        for (JsonNode vulnerability : JSON.readTree(cdx).path("vulnerabilities")) {
            if (vulnerability.path("id").asText().equals("CVE-2019-10744")) {
                lodash = vulnerability;
            }
        }
        assertThat(lodash.path("analysis").path("state").asText()).isEqualTo("not_affected");
        assertThat(lodash.path("analysis").path("justification").asText())
                .isEqualTo("code_not_reachable");
        assertThat(lodash.path("analysis").path("detail").asText())
                .startsWith("stella: suppressed; VEX not_affected by Juice Shop Maintainers");
        assertThat(OfficialSchemas.validateSarif(sarif)).isEmpty();
        List<String> suppressed = new ArrayList<>();
        for (JsonNode result : JSON.readTree(sarif).path("runs").get(0).path("results")) {
            if (result.has("suppressions")) {
                suppressed.add(result.path("ruleId").asText() + " "
                        + result.path("suppressions").get(0).path("justification").asText());
            }
        }
        assertThat(suppressed).hasSize(4).anySatisfy(line -> assertThat(line).startsWith(
                "CVE-2019-10744 VEX not_affected by Juice Shop Maintainers: "
                        + "vulnerable_code_not_in_execute_path"));
    }

    @Test
    void sameInputsInAnyOrderGiveByteIdenticalReports() throws Exception {
        Path a = write("a/one.json", CRITICALS_NOT_AFFECTED);
        Path b = write("b/two.json", """
                {
                  "@context": "https://openvex.dev/ns/v0.2.0",
                  "@id": "https://example.com/vex/juice-shop-2",
                  "author": "Someone Else",
                  "timestamp": "2024-01-10T00:00:00Z",
                  "version": 1,
                  "statements": [
                    {"vulnerability": {"name": "CVE-2019-10744"},
                     "products": [{"@id": "pkg:npm/lodash"}],
                     "status": "affected",
                     "action_statement": "upgrade to 4.17.12"}
                  ]
                }
                """);

        Stella.Result first = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--vex", a.toString(), "--vex", b.toString(), JUICE_SHOP);
        Stella.Result second = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--vex", b.toString(), "--vex", a.toString(), JUICE_SHOP);

        assertThat(first.exit()).as(first.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(second.out()).isEqualTo(first.out());
        // equal default trust and equal age: the tie goes to the conservative status
        assertThat(finding(JSON.readTree(first.out()), "CVE-2019-10744", "pkg:npm/lodash@2.4.2")
                .path("status").asText()).isEqualTo("affected");
        assertThat(first.out()).contains("\"role\": \"overruled\"");
    }

    @Test
    void vexEmbeddedInTheSbomIsMerged() throws Exception {
        JsonNode sbom = JSON.readTree(Path.of(JUICE_SHOP).toFile());
        String withVex = sbom.toString().replaceFirst("\"specVersion\":\"1.2\"",
                "\"specVersion\":\"1.4\"").replaceFirst("\\}$", ",\"vulnerabilities\":[{"
                + "\"id\":\"CVE-2019-10744\",\"analysis\":{\"state\":\"not_affected\","
                + "\"justification\":\"code_not_reachable\"},"
                + "\"affects\":[{\"ref\":\"pkg:npm/lodash@2.4.2\"}]}]}");
        Path file = write("juice-shop-vex.cdx.json", withVex);

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                file.toString());

        JsonNode report = JSON.readTree(result.out());
        assertThat(finding(report, "CVE-2019-10744", "pkg:npm/lodash@2.4.2").path("state")
                .asText()).as(result.err()).isEqualTo("suppressed");
        assertThat(report.path("vex").path("documents").get(0).path("format").asText())
                .isEqualTo("cyclonedx");
    }

    @Test
    void badPolicyAndBadVexExitTwoNamingFileAndPosition() throws Exception {
        Path policy = write("bad.yaml", """
                apiVersion: stella.ops/policy/v1
                name: bad
                rules:
                  - id: r1
                    cel: 'finding.severity == '
                    action: warn
                """);
        Path vex = write("bad.json", "{\"@context\": \"https://openvex.dev/ns/v0.2.0\", "
                + "\"statements\": [}");

        Stella.Result badPolicy = Stella.run("scan", "--db", "examples/db", "--policy-file",
                policy.toString(), JUICE_SHOP);
        Stella.Result badVex = Stella.run("scan", "--db", "examples/db", "--vex",
                vex.toString(), JUICE_SHOP);

        assertThat(badPolicy.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(badPolicy.err()).contains(policy + ":5:");
        assertThat(badVex.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(badVex.err()).contains("bad.json", "line 1");
    }

    @Test
    void bundledExampleVexAndPolicyRunAsTheReadmeShows() throws Exception {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--vex", "examples/vex/juice-shop.openvex.json", "--policy-file",
                "examples/policy/juice-shop.yaml", JUICE_SHOP);

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.path("policy").path("blocked").asBoolean()).isTrue();
        assertThat(report.path("policy").path("gates").get(0).path("passed").asBoolean())
                .isFalse();
        assertThat(stateOf(report, "CVE-2019-10744", "pkg:npm/lodash@2.4.2"))
                .isEqualTo("suppressed");
        assertThat(stateOf(report, "CVE-2024-47764", "pkg:npm/cookie@0.4.0"))
                .isEqualTo("ignored");
        assertThat(finding(report, "CVE-2021-3918", "pkg:npm/json-schema@0.2.3")
                .path("status").asText()).isEqualTo("under_investigation");
        assertThat(schemaErrors(report)).isEmpty();
    }

    @Test
    void statementsDatedInTheFutureAreWarnedAboutButCount() throws Exception {
        Path vex = write("future.json", CRITICALS_NOT_AFFECTED.replace(
                "2024-01-10T00:00:00Z", "2999-01-01T00:00:00Z"));

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--vex",
                vex.toString(), JUICE_SHOP);

        assertThat(result.err()).contains("warning: " + vex + "#/statements/0",
                "dates its statement on CVE-2019-10744 2999-01-01T00:00:00Z");
        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_PASS);
    }

    private static String stateOf(JsonNode report, String id, String purl) {
        return finding(report, id, purl).path("state").asText();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static JsonNode finding(JsonNode report, String id, String purl) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("id").asText().equals(id)
                    && finding.path("purl").asText().equals(purl)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + id + " " + purl);
    }

    private static List<String> schemaErrors(JsonNode report) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/schemas/stella-report-1.schema.json")));
        List<String> errors = new ArrayList<>();
        schema.validate(report).forEach(message -> errors.add(message.getMessage()));
        return errors;
    }
}
