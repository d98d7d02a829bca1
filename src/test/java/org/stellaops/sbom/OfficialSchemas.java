// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The official CycloneDX 1.6 and SARIF 2.1.0 JSON Schemas from {@code shared/schemas}, with
 * format assertions on. CycloneDX's schema refers to {@code spdx.schema.json} and
 * {@code jsf-0.82.schema.json} by its own base URI; that base is mapped onto the local folder,
 * so nothing is fetched.
 */
public final class OfficialSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CYCLONEDX_BASE = "http://cyclonedx.org/schema/";
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static JsonSchema cycloneDx;
    private static JsonSchema sarif;

    private OfficialSchemas() {
    }

    /** Validation messages of a CycloneDX 1.6 JSON document; empty when it is valid. */
    public static synchronized List<String> validateCycloneDx(String json) throws Exception {
        if (cycloneDx == null) {
            String folder = SbomPaths.schemas().resolve("cyclonedx").toAbsolutePath().toUri()
                    .toString();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    builder -> builder.schemaMappers(m -> m.mapPrefix(CYCLONEDX_BASE, folder)));
            cycloneDx = factory.getSchema(
                    SchemaLocation.of(CYCLONEDX_BASE + "bom-1.6.schema.json"), CONFIG);
        }
        return messagesOf(cycloneDx, json);
    }

    /** Validation messages of a SARIF 2.1.0 document; empty when it is valid. */
    public static synchronized List<String> validateSarif(String json) throws Exception {
        if (sarif == null) {
            try (InputStream in = Files.newInputStream(SbomPaths.schemas()
                    .resolve("sarif-2.1.0").resolve("sarif-schema-2.1.0.json"))) {
                sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(in, CONFIG);
            }
        }
        return messagesOf(sarif, json);
    }

    private static List<String> messagesOf(JsonSchema schema, String json) throws Exception {
        return schema.validate(MAPPER.readTree(json)).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
    }
}
