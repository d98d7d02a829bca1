// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.match.Finding;
import org.stellaops.sbom.OfficialSchemas;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.scan.ScanResult;

/**
 * The CycloneDX report of a real scan (Juice Shop against the bundled snapshot): valid
 * CycloneDX 1.6, one vulnerability per id tied to the components that carry it, byte-stable.
 */
class CycloneDxReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNAPSHOT_DATE = "2024-10-04T20:31:00Z";

    private static ScanResult scan;
    private static String rendered;

    @BeforeAll
    static void scanJuiceShop() throws Exception {
        scan = ScanFixtures.juiceShop(SNAPSHOT_DATE);
        rendered = CycloneDxReport.render(scan);
    }

    @Test
    void reportIsValidAgainstTheOfficialSchemaAndABrokenOneIsNot() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(rendered);
        JsonNode first = broken.get("vulnerabilities").get(0);
        ((ObjectNode) first.get("ratings").get(0)).put("severity", "severe");
        ((ObjectNode) first.get("affects").get(0)).remove("ref");

        assertThat(scan.report().findings()).hasSizeGreaterThan(10);
        assertThat(OfficialSchemas.validateCycloneDx(rendered)).isEmpty();
        assertThat(OfficialSchemas.validateCycloneDx(broken.toString()))
                .anyMatch(m -> m.contains("severity"))
                .anyMatch(m -> m.contains("ref"));
    }

    @Test
    void oneVulnerabilityPerFindingIdInReportOrder() throws Exception {
        JsonNode vulnerabilities = JSON.readTree(rendered).path("vulnerabilities");

        Set<String> ids = new LinkedHashSet<>();
        scan.report().findings().forEach(f -> ids.add(f.id()));
        List<String> written = new ArrayList<>();
        vulnerabilities.forEach(v -> written.add(v.path("id").asText()));
        assertThat(written).containsExactlyElementsOf(ids);
        assertThat(ids.size()).isLessThan(scan.report().findings().size());
    }

    @Test
    void everyFindingIsRatedDescribedAndTiedToItsComponents() throws Exception {
        JsonNode vulnerabilities = JSON.readTree(rendered).path("vulnerabilities");

        for (Finding f : scan.report().findings()) {
            JsonNode v = byId(vulnerabilities, f.id());
            assertThat(v.path("source").path("name").asText()).as(f.id())
                    .isEqualTo(f.id().startsWith("CVE-") ? "NVD"
                            : f.id().startsWith("GHSA-") ? "GitHub" : "OSV");
            assertThat(v.path("source").path("url").asText()).endsWith(f.id());
            assertThat(v.path("description").asText()).isEqualTo(f.summary());
            assertThat(v.path("references").findValuesAsText("id")).containsAll(f.aliases());
            assertThat(v.path("advisories").findValuesAsText("url"))
                    .containsAnyElementsOf(f.references());
            JsonNode rating = ratingOf(v, f);
            assertThat(rating.path("severity").asText())
                    .isEqualToIgnoringCase(f.severity().level().name());
            if (f.severity().vector() != null) {
                assertThat(rating.path("method").asText()).isEqualTo(methodOf(f));
            }
            for (String ref : scan.componentRefs().get(f.purl())) {
                JsonNode affect = affectOf(v, ref);
                assertThat(affect.path("versions").get(0).path("version").asText())
                        .isEqualTo(f.installedVersion());
                assertThat(affect.path("versions").get(0).path("status").asText())
                        .isEqualTo("affected");
            }
        }
    }

    @Test
    void componentsAreTheScannedSbomsAndEveryAffectedRefIsOneOfThem() throws Exception {
        JsonNode root = JSON.readTree(rendered);

        List<String> refs = root.path("components").findValuesAsText("bom-ref");
        assertThat(refs).containsExactlyElementsOf(
                scan.sbom().components().stream().map(SbomComponent::ref).toList());
        assertThat(refs).hasSize(840);
        List<String> affected = new ArrayList<>();
        root.path("vulnerabilities").forEach(v -> v.path("affects")
                .forEach(a -> affected.add(a.path("ref").asText())));
        assertThat(affected).isNotEmpty();
        assertThat(refs).containsAll(affected);
        assertThat(root.path("metadata").path("properties").get(0).path("value").asText())
                .isEqualTo(scan.report().snapshotDigest());
    }

    @Test
    void sameScanGivesSameBytesAndTheReferenceTimeIsTheTimestamp() throws Exception {
        String again = CycloneDxReport.render(ScanFixtures.juiceShop(SNAPSHOT_DATE));
        String later = CycloneDxReport.render(ScanFixtures.juiceShop("2026-02-01T08:00:00Z"));

        assertThat(again).isEqualTo(rendered);
        JsonNode now = JSON.readTree(rendered);
        JsonNode then = JSON.readTree(later);
        assertThat(now.path("metadata").path("timestamp").asText()).isEqualTo(SNAPSHOT_DATE);
        assertThat(then.path("metadata").path("timestamp").asText())
                .isEqualTo("2026-02-01T08:00:00Z");
        assertThat(then.path("serialNumber").asText())
                .startsWith("urn:uuid:")
                .isNotEqualTo(now.path("serialNumber").asText());
    }

    /** CycloneDX's name of the CVSS version of the finding's vector. */
    private static String methodOf(Finding f) {
        String vector = f.severity().vector();
        return vector.startsWith("CVSS:4.") ? "CVSSv4" : vector.startsWith("CVSS:3.1") ? "CVSSv31"
                : vector.startsWith("CVSS:3.") ? "CVSSv3" : "CVSSv2";
    }

    private static JsonNode byId(JsonNode vulnerabilities, String id) {
        for (JsonNode v : vulnerabilities) {
            if (id.equals(v.path("id").asText())) {
                return v;
            }
        }
        throw new AssertionError("no vulnerability " + id);
    }

    private static JsonNode ratingOf(JsonNode vulnerability, Finding f) {
        for (JsonNode rating : vulnerability.path("ratings")) {
            boolean sameScore = f.severity().score() == null ? !rating.has("score")
                    : rating.path("score").asDouble() == f.severity().score();
            if (sameScore && String.valueOf(f.severity().vector())
                    .equals(rating.has("vector") ? rating.path("vector").asText() : "null")) {
                return rating;
            }
        }
        throw new AssertionError("no rating " + f.severity() + " in " + vulnerability);
    }

    private static JsonNode affectOf(JsonNode vulnerability, String ref) {
        for (JsonNode affect : vulnerability.path("affects")) {
            if (ref.equals(affect.path("ref").asText())) {
                return affect;
            }
        }
        throw new AssertionError("no affects entry for " + ref + " in " + vulnerability);
    }
}
