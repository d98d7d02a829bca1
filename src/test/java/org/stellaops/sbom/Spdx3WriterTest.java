// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Spdx3WriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Sbom sample() {
        SbomComponent app = new SbomComponent("app", "shop", "1.0.0", "application",
                "pkg:npm/shop@1.0.0", List.of(), List.of("MIT"), Map.of(), null, null, null, null);
        SbomComponent lodash = new SbomComponent("lodash@4.17.19", "lodash", "4.17.19",
                "library", "pkg:npm/lodash@4.17.19",
                List.of("cpe:2.3:a:lodash:lodash:4.17.19:*:*:*:*:node.js:*:*"),
                List.of("MIT"), Map.of("SHA-256", "aa11", "SHA-1", "bb22"), null, "app", null,
                null);
        SbomComponent minimist = new SbomComponent("minimist@1.2.5", "minimist", "1.2.5",
                "library", "pkg:npm/minimist@1.2.5", List.of(), List.of("Apache-2.0 OR MIT"),
                Map.of("MD5", "cc33"), null, null, null, null);
        return new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", "shop", "1.0.0", null,
                List.of(app, lodash, minimist),
                Map.of("app", List.of("lodash@4.17.19", "minimist@1.2.5"),
                        "minimist@1.2.5", List.of("app")),
                List.of());
    }

    @Test
    void writesDocumentValidAgainstOfficialSchema() throws Exception {
        String json = Spdx3Writer.write(sample(), "sha256:0123abcd", "2024-10-04T20:31:00Z");

        JsonSchema schema = schema();
        JsonNode document = MAPPER.readTree(json);
        JsonNode broken = document.deepCopy();
        ((ObjectNode) broken.get("@graph").get(0)).remove("created");

        assertThat(schema.validate(document)).isEmpty();
        // the validator really checks: a creation info without its time is refused
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void keepsPurlsVersionsHashesLicencesAndGraph() throws Exception {
        JsonNode graph = MAPPER.readTree(
                Spdx3Writer.write(sample(), "sha256:0123abcd", "2024-10-04T20:31:00Z"))
                .get("@graph");

        JsonNode lodash = byName(graph, "lodash");
        assertThat(lodash.get("software_packageUrl").asText()).isEqualTo("pkg:npm/lodash@4.17.19");
        assertThat(lodash.get("software_packageVersion").asText()).isEqualTo("4.17.19");
        assertThat(lodash.get("verifiedUsing").findValuesAsText("algorithm"))
                .containsExactly("sha1", "sha256");
        assertThat(lodash.get("externalIdentifier").get(0).get("externalIdentifierType").asText())
                .isEqualTo("cpe23");
        assertThat(relationships(graph, "dependsOn")).isEqualTo(2);
        assertThat(relationships(graph, "contains")).isEqualTo(1);
        assertThat(relationships(graph, "hasDeclaredLicense")).isEqualTo(3);
        assertThat(graph.findValuesAsText("simplelicensing_licenseExpression"))
                .containsExactly("MIT", "Apache-2.0 OR MIT");
    }

    @Test
    void sameInputGivesSameBytes() {
        assertThat(Spdx3Writer.write(sample(), "sha256:0123abcd", "2024-10-04T20:31:00Z"))
                .isEqualTo(Spdx3Writer.write(sample(), "sha256:0123abcd", "2024-10-04T20:31:00Z"));
    }

    private static JsonNode byName(JsonNode graph, String name) {
        for (JsonNode node : graph) {
            if (name.equals(node.path("name").asText())) {
                return node;
            }
        }
        throw new AssertionError("no element named " + name);
    }

    private static int relationships(JsonNode graph, String type) {
        int count = 0;
        for (JsonNode node : graph) {
            count += type.equals(node.path("relationshipType").asText()) ? 1 : 0;
        }
        return count;
    }

    private static JsonSchema schema() throws Exception {
        Path file = Path.of(System.getProperty("stella.schemas"),
                "spdx-3.0.1", "spdx-json-schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
