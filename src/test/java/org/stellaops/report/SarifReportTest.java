// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.match.Finding;
import org.stellaops.sbom.OfficialSchemas;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/**
 * The SARIF report of a real scan (Juice Shop against the bundled snapshot): valid SARIF 2.1.0
 * with the properties GitHub code scanning reads, stable across runs.
 */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNAPSHOT_DATE = "2024-10-04T20:31:00Z";

    private static ScanResult scan;
    private static JsonNode run;

    @BeforeAll
    static void scanJuiceShop() throws Exception {
        scan = ScanFixtures.juiceShop(SNAPSHOT_DATE);
        run = JSON.readTree(SarifReport.render(scan)).path("runs").get(0);
    }

    @Test
    void reportIsValidAgainstTheOfficialSchemaAndABrokenOneIsNot() throws Exception {
        String rendered = SarifReport.render(scan);
        ObjectNode broken = (ObjectNode) JSON.readTree(rendered);
        ObjectNode result = (ObjectNode) broken.get("runs").get(0).get("results").get(0);
        result.put("level", "critical");
        result.remove("message");

        assertThat(OfficialSchemas.validateSarif(rendered)).isEmpty();
        assertThat(OfficialSchemas.validateSarif(broken.toString()))
                .anyMatch(m -> m.contains("level"))
                .anyMatch(m -> m.contains("message"));
    }

    @Test
    void driverNamesStellaWithOneRulePerVulnerabilityId() {
        JsonNode driver = run.path("tool").path("driver");

        Set<String> ids = new LinkedHashSet<>();
        scan.report().findings().forEach(f -> ids.add(f.id()));
        assertThat(driver.path("name").asText()).isEqualTo("stella");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
        assertThat(driver.path("version").asText()).isNotBlank();
        assertThat(driver.path("rules").findValuesAsText("id")).containsExactlyElementsOf(ids);
    }

    @Test
    void rulesCarrySecuritySeverityTagsAndHelpNamingFixesAndReferences() {
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            List<Finding> findings = findingsOf(rule.path("id").asText());
            Finding worst = findings.get(0);
            JsonNode properties = rule.path("properties");
            assertThat(properties.path("security-severity").asText()).as(worst.id())
                    .isEqualTo(worst.severity().score() != null
                            ? String.format(Locale.ROOT, "%.1f", worst.severity().score())
                            : levelDerivedScore(worst.severity().level()));
            assertThat(properties.path("tags").toString()).isEqualTo("[\"security\","
                    + "\"vulnerability\",\"" + worst.severity().level().name()
                    .toLowerCase(Locale.ROOT) + "\"]");
            assertThat(rule.path("shortDescription").path("text").asText())
                    .isEqualTo(worst.summary());
            assertThat(rule.path("fullDescription").path("text").asText())
                    .contains(worst.aliases());
            String help = rule.path("help").path("text").asText();
            for (Finding f : findings) {
                assertThat(help).contains(f.purl());
                f.fixedVersions().forEach(v -> assertThat(help).contains(v));
                f.references().forEach(r -> assertThat(help).contains(r));
            }
            assertThat(rule.path("help").path("markdown").asText())
                    .contains("`" + worst.purl() + "`");
        }
    }

    @Test
    void oneResultPerFindingWithLevelRuleIndexAndStableFingerprint() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        List<Finding> findings = scan.report().findings();

        assertThat(results).hasSize(findings.size());
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asText()).isEqualTo(f.id());
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(f.id());
            assertThat(result.path("level").asText()).isEqualTo(expectedLevel(f));
            assertThat(result.path("message").path("text").asText())
                    .contains(f.purl(), f.id());
            fingerprints.add(result.path("partialFingerprints").path(SarifReport.FINGERPRINT)
                    .asText());
        }
        assertThat(fingerprints).hasSize(findings.size()).allMatch(p -> p.matches("[0-9a-f]{64}"));
        assertThat(results.findValuesAsText("level")).contains("error", "warning", "note");
    }

    @Test
    void resultsPointAtTheSbomFileUnlessComponentsSayWhereTheyWereFound() throws Exception {
        ScanResult located = ScanFixtures.juiceShop(SNAPSHOT_DATE, SarifReportTest::located);
        JsonNode results = JSON.readTree(SarifReport.render(located)).path("runs").get(0)
                .path("results");

        assertThat(run.path("results").findValuesAsText("uri"))
                .containsOnly("examples/sbom/juice-shop-11.1.2.cdx.json");
        for (int i = 0; i < results.size(); i++) {
            Finding f = located.report().findings().get(i);
            String name = f.purl().substring("pkg:npm/".length(), f.purl().lastIndexOf('@'));
            JsonNode location = results.get(i).path("locations").get(0).path("physicalLocation");
            assertThat(location.path("artifactLocation").path("uri").asText())
                    .isEqualTo("node%20modules/" + name + "/package.json");
            assertThat(location.path("region").path("startLine").asInt()).isEqualTo(1);
        }
        assertThat(OfficialSchemas.validateSarif(SarifReport.render(located))).isEmpty();
    }

    @Test
    void sameFindingsGiveSameBytesWhateverTheReferenceTime() throws Exception {
        String first = SarifReport.render(scan);

        String later = SarifReport.render(ScanFixtures.juiceShop("2026-02-01T08:00:00Z"));

        assertThat(later).isEqualTo(first);
        assertThat(first).doesNotContain(SNAPSHOT_DATE).doesNotContain("invocations");
    }

    /** Every component found under a folder with a space, as a path that must be escaped. */
    private static Sbom located(Sbom sbom) {
        List<SbomComponent> components = new ArrayList<>();
        for (SbomComponent c : sbom.components()) {
            components.add(new SbomComponent(c.ref(), c.name(), c.version(), c.type(), c.purl(),
                    c.cpes(), c.licenses(), c.hashes(), "node modules/" + c.name()
                    + "/package.json", c.parentRef(), c.sourceName(), c.sourceVersion()));
        }
        return new Sbom(sbom.format(), sbom.specVersion(), sbom.subjectName(),
                sbom.subjectVersion(), sbom.os(), components, sbom.dependencies(),
                sbom.warnings(), sbom.created());
    }

    private static List<Finding> findingsOf(String id) {
        return scan.report().findings().stream().filter(f -> f.id().equals(id)).toList();
    }

    /** The documented mapping: error for critical and high, warning medium, note the rest. */
    private static String expectedLevel(Finding f) {
        SeverityLevel level = f.severity().level();
        return level.rank() >= SeverityLevel.HIGH.rank() ? "error"
                : level == SeverityLevel.MEDIUM ? "warning" : "note";
    }

    /** The documented values for a level stated without a score. */
    private static String levelDerivedScore(SeverityLevel level) {
        return switch (level) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "2.0";
            case NONE -> "0.0";
            case UNKNOWN -> "";
        };
    }
}
