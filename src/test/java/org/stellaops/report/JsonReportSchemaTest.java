// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published schema describes the reports we write, and really constrains them. */
class JsonReportSchemaTest {

    private static final Path SCHEMA = Path.of("docs/schemas/stella-report-1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;
    private static JsonNode mixed;

    @BeforeAll
    static void loadSchemaAndReport(@TempDir Path dir) throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        mixed = JSON.readTree(JsonReport.render(ReportScans.mixed(dir)));
    }

    @Test
    void schemaIsValidDraft202012() throws Exception {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V202012.getId()));

        assertThat(metaSchema.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
        // and the meta-schema really checks: a type that is no JSON type is refused
        assertThat(metaSchema.validate(JSON.readTree("{\"type\": \"text\"}"))).isNotEmpty();
    }

    @Test
    void realReportsValidate(@TempDir Path dir) throws Exception {
        JsonNode juiceShop = JSON.readTree(JsonReport.render(ReportScans.juiceShop(dir)));
        JsonNode clean = JSON.readTree(JsonReport.render(ReportScans.clean(dir.resolve("c"))));

        assertThat(schema.validate(mixed)).isEmpty();
        assertThat(schema.validate(juiceShop)).isEmpty();
        assertThat(schema.validate(clean)).isEmpty();
    }

    @Test
    void reportWithARequiredFieldRemovedIsRejected() {
        assertThat(invalidWhen(r -> r.remove("counts"))).isTrue();
        assertThat(invalidWhen(r -> bySeverity(r).remove("high"))).isTrue();
        assertThat(invalidWhen(r -> firstFinding(r).remove("components"))).isTrue();
        assertThat(invalidWhen(r -> ((ObjectNode) r.path("coverage").path("notCovered").get(0))
                .remove("reason"))).isTrue();
    }

    @Test
    void reportWithAWrongTypeOrValueIsRejected() {
        assertThat(invalidWhen(r -> ((ObjectNode) r.path("counts")).put("packages", "6")))
                .isTrue();
        assertThat(invalidWhen(r -> ((ObjectNode) firstFinding(r).path("severity"))
                .put("score", "9.8"))).isTrue();
        assertThat(invalidWhen(r -> ((ObjectNode) firstFinding(r).path("severity"))
                .put("level", "severe"))).isTrue();
        assertThat(invalidWhen(r -> r.put("schemaVersion", "2.0"))).isTrue();
        assertThat(invalidWhen(r -> ((ObjectNode) r.path("advisorySnapshot"))
                .put("digest", "58ad2712"))).isTrue();
        assertThat(invalidWhen(r -> r.put("referenceTime", "2024-05-04 12:00"))).isTrue();
        assertThat(invalidWhen(r -> r.put("undocumented", true))).isTrue();
    }

    @Test
    void verdictSectionsMayBeNullOrAbsentAsIn10Reports() {
        assertThat(invalidWhen(r -> r.remove("policy"))).isFalse();
        assertThat(invalidWhen(r -> r.remove("vex"))).isFalse();
        assertThat(invalidWhen(r -> r.putObject("vex"))).isTrue();
        assertThat(invalidWhen(r -> r.put("policy", 5))).isTrue();
    }

    private static boolean invalidWhen(Consumer<ObjectNode> change) {
        ObjectNode copy = mixed.deepCopy();
        change.accept(copy);
        return !schema.validate(copy).isEmpty();
    }

    private static ObjectNode bySeverity(ObjectNode report) {
        return (ObjectNode) report.path("counts").path("bySeverity");
    }

    private static ObjectNode firstFinding(ObjectNode report) {
        return (ObjectNode) report.path("findings").get(0);
    }
}
