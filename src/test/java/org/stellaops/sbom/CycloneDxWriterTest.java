// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CycloneDxWriter} on real SBOMs: the output is valid CycloneDX 1.6, keeps what
 * {@code stella convert} promises, and is byte-stable.
 */
class CycloneDxWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATED = "2024-10-04T20:31:00Z";
    private static final String SEED = "sha256:" + "5e".repeat(32);

    private static Sbom dropwizard;
    private static Sbom juiceShop;

    @BeforeAll
    static void readRealSboms() throws Exception {
        dropwizard = RealSboms.read(RealSboms.DROPWIZARD);
        juiceShop = RealSboms.read(RealSboms.JUICE_SHOP);
    }

    @Test
    void realSbomIsValidAgainstTheOfficialSchemaAndABrokenOneIsNot() throws Exception {
        String json = CycloneDxWriter.write(dropwizard, CREATED, SEED);
        ObjectNode broken = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) broken.get("components").get(0)).remove("name");
        ((ObjectNode) broken.get("components").get(1).get("hashes").get(0)).put("alg", "SHA256");

        assertThat(OfficialSchemas.validateCycloneDx(json)).isEmpty();
        assertThat(OfficialSchemas.validateCycloneDx(broken.toString()))
                .anyMatch(m -> m.contains("name"))
                .anyMatch(m -> m.contains("alg"));
    }

    @Test
    void purlsVersionsHashesLicencesAndGraphSurviveAReadBack() throws Exception {
        String json = CycloneDxWriter.write(dropwizard, CREATED, SEED);

        Sbom back = RealSboms.sbomOf(new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(facts(dropwizard)).hasSize(167);
        assertThat(facts(dropwizard).stream().filter(f -> f.contains("SHA-256"))).isNotEmpty();
        assertThat(facts(back)).isEqualTo(facts(dropwizard));
        assertThat(edges(dropwizard)).hasSizeGreaterThan(100);
        assertThat(edges(back)).isEqualTo(edges(dropwizard));
        assertThat(back.subjectName()).isEqualTo("dropwizard-parent");
        assertThat(back.subjectVersion()).isEqualTo("1.3.15");
    }

    @Test
    void sameInputGivesSameBytesAndTheSerialNumberFollowsTheSeed() throws Exception {
        String first = CycloneDxWriter.write(juiceShop, CREATED, SEED);
        String again = CycloneDxWriter.write(juiceShop, CREATED, SEED);
        String otherSeed = CycloneDxWriter.write(juiceShop, CREATED, "sha256:" + "00".repeat(32));

        assertThat(first).isEqualTo(again);
        String serial = JSON.readTree(first).path("serialNumber").asText();
        assertThat(serial).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}"
                + "-[0-9a-f]{12}");
        assertThat(JSON.readTree(otherSeed).path("serialNumber").asText()).isNotEqualTo(serial);
        assertThat(OfficialSchemas.validateCycloneDx(first)).isEmpty();
    }

    @Test
    void metadataCarriesTheGivenTimeTheSubjectAndStellaAsTool() throws Exception {
        JsonNode metadata = JSON.readTree(CycloneDxWriter.write(juiceShop, CREATED, SEED))
                .path("metadata");
        JsonNode later = JSON.readTree(CycloneDxWriter.write(juiceShop, "2026-01-31T12:00:00Z",
                SEED)).path("metadata");

        assertThat(metadata.path("timestamp").asText()).isEqualTo(CREATED);
        assertThat(later.path("timestamp").asText()).isEqualTo("2026-01-31T12:00:00Z");
        assertThat(metadata.path("component").path("name").asText()).isEqualTo("juice-shop");
        assertThat(metadata.path("component").path("version").asText()).isEqualTo("11.1.2");
        JsonNode tool = metadata.path("tools").path("components").get(0);
        assertThat(tool.path("name").asText()).isEqualTo("stella");
        assertThat(tool.path("version").asText()).isEqualTo(StellaTool.version());
    }

    @Test
    void everyModelFieldFindsItsCycloneDxPlace() throws Exception {
        Sbom sample = enrichedJuiceShopSample();

        String json = CycloneDxWriter.write(sample, CREATED, SEED);

        assertThat(OfficialSchemas.validateCycloneDx(json)).isEmpty();
        JsonNode components = JSON.readTree(json).path("components");
        JsonNode parent = byRef(components, sample.components().get(0).ref());
        JsonNode nested = parent.path("components").get(0);
        assertThat(nested.path("bom-ref").asText()).isEqualTo(sample.components().get(1).ref());
        assertThat(nested.path("cpe").asText()).isEqualTo("cpe:2.3:a:expressjs:body-parser:1.19.0"
                + ":*:*:*:*:node.js:*:*");
        assertThat(properties(nested, "stella:cpe")).containsExactly("cpe:/a:expressjs:body-parser");
        assertThat(nested.path("licenses").get(0).path("expression").asText())
                .isEqualTo("MIT OR Apache-2.0");
        assertThat(nested.path("evidence").path("occurrences").get(0).path("location").asText())
                .isEqualTo("node_modules/body-parser/package.json");
        assertThat(nested.path("hashes").findValuesAsText("alg"))
                .containsExactly("BLAKE2b-256", "SHA-1");
        assertThat(properties(nested, "stella:hash:SHA-224")).containsExactly("ab".repeat(28));
        JsonNode third = byRef(components, sample.components().get(2).ref());
        assertThat(third.path("licenses").findValuesAsText("id")).containsExactly("MIT");
        assertThat(third.path("licenses").findValuesAsText("name"))
                .containsExactly("see LICENSE", "MIT OR ISC");
        assertThat(third.path("type").asText()).isEqualTo("library");
        assertThat(properties(third, "stella:type")).containsExactly("npm");
        JsonNode os = components.get(components.size() - 1);
        assertThat(os.path("type").asText()).isEqualTo("operating-system");
        assertThat(os.path("name").asText()).isEqualTo("debian");
        assertThat(os.path("version").asText()).isEqualTo("12.5");
    }

    @Test
    void parentCyclesAndDanglingParentsLoseNoComponent() throws Exception {
        List<SbomComponent> real = juiceShop.components().subList(0, 4);
        List<SbomComponent> components = List.of(
                withParent(real.get(0), real.get(1).ref()),
                withParent(real.get(1), real.get(0).ref()),
                withParent(real.get(2), "pkg:npm/not-in-this-sbom@1.0.0"),
                withParent(real.get(3), real.get(3).ref()));
        Sbom sbom = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", null, null, null, components,
                Map.of(), List.of());

        JsonNode root = JSON.readTree(CycloneDxWriter.write(sbom, CREATED, SEED));

        assertThat(root.findValuesAsText("bom-ref"))
                .containsExactlyInAnyOrderElementsOf(components.stream().map(SbomComponent::ref)
                        .toList());
        assertThat(root.path("components")).hasSize(3);
        assertThat(root.has("dependencies")).isFalse();
    }

    /** The first three juice-shop components with what that SBOM lacks: nesting, CPEs, OS... */
    private static Sbom enrichedJuiceShopSample() {
        List<SbomComponent> real = juiceShop.components();
        SbomComponent first = real.get(0);
        SbomComponent second = real.get(1);
        SbomComponent third = real.get(2);
        assertThat(first.name()).isEqualTo("body-parser");
        SbomComponent nested = new SbomComponent(first.ref(), first.name(), first.version(),
                "library", first.purl(), List.of("cpe:2.3:a:expressjs:body-parser:1.19.0:*:*:*:*:"
                        + "node.js:*:*", "cpe:/a:expressjs:body-parser"),
                List.of("MIT OR Apache-2.0"),
                Map.of("SHA-1", first.hashes().get("SHA-1"), "BLAKE2B-256", "cd".repeat(32),
                        "SHA-224", "ab".repeat(28)),
                "node_modules/body-parser/package.json", second.ref(), null, null);
        SbomComponent loose = new SbomComponent(third.ref(), third.name(), third.version(), "npm",
                third.purl(), List.of(), List.of("MIT", "see LICENSE", "MIT OR ISC"),
                third.hashes(), null, null, null, null);
        return new Sbom(SbomFormat.TRIVY_JSON_V2, "2", "juice-shop", "11.1.2",
                new OsInfo("debian", "12.5"), List.of(second, nested, loose), Map.of(), List.of());
    }

    private static SbomComponent withParent(SbomComponent c, String parentRef) {
        return new SbomComponent(c.ref(), c.name(), c.version(), c.type(), c.purl(), c.cpes(),
                c.licenses(), c.hashes(), c.location(), parentRef, null, null);
    }

    private static JsonNode byRef(JsonNode components, String ref) {
        for (JsonNode c : components) {
            if (ref.equals(c.path("bom-ref").asText())) {
                return c;
            }
        }
        throw new AssertionError("no component " + ref);
    }

    private static List<String> properties(JsonNode component, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode p : component.path("properties")) {
            if (name.equals(p.path("name").asText())) {
                values.add(p.path("value").asText());
            }
        }
        return values;
    }

    private static Set<String> facts(Sbom sbom) {
        Set<String> facts = new TreeSet<>();
        for (SbomComponent c : sbom.components()) {
            facts.add(c.name() + " | " + c.purl() + " | " + c.version() + " | " + c.hashes()
                    + " | " + c.licenses() + " | " + c.parentRef());
        }
        return facts;
    }

    private static Set<String> edges(Sbom sbom) {
        Map<String, String> purls = new HashMap<>();
        sbom.components().forEach(c -> purls.put(c.ref(), c.purl()));
        Set<String> edges = new TreeSet<>();
        sbom.dependencies().forEach((from, targets) -> targets.forEach(
                to -> edges.add(purls.get(from) + " -> " + purls.get(to))));
        return edges;
    }
}
