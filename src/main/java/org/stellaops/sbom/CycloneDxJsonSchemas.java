// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates CycloneDX JSON against the official schema of its specVersion: the schemas that
 * cyclonedx-core-java ships (1.2 to 1.6, with its SPDX licence list and JSF), and for 1.7,
 * which it does not know yet, the official bom-1.7 schema and the cryptography definitions it
 * refers to, bundled verbatim under {@code /schemas/cyclonedx/} (CycloneDX/specification,
 * {@code schema/} at commit e02a34ae, Apache-2.0).
 *
 * <p>The schemas are loaded with our own networknt factory rather than through
 * cyclonedx-core-java's {@code JsonParser.validate}, for three reasons: that method returns
 * bare messages, so tolerated violations could not be told apart; for 1.2 and 1.3 it uses its
 * "strict" variants, whose {@code $schema} enums reject the official examples' own values;
 * and its factory logs a warning about the schemas' {@code meta:enum} keyword on every run.
 *
 * <p>Three kinds of violation are tolerated, reported as warnings: {@code format} (draft-07
 * leaves format assertion optional, and real SBOMs carry vcs URLs like
 * {@code git@github.com:x/y.git} that are not IRIs), a {@code $schema} value other than the
 * schema's own, and a licence id missing from the bundled SPDX list, which grows faster than
 * our releases. Nothing the readers extract depends on any of them.
 */
final class CycloneDxJsonSchemas {

    private static final String SITE = "http://cyclonedx.org/schema/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = factory();

    private CycloneDxJsonSchemas() {
    }

    /** Returns the tolerated violations as warnings; throws on the first other one. */
    static List<String> validate(byte[] document, String specVersion, String origin)
            throws SbomException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            throw new SbomException(origin + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
        List<ValidationMessage> messages = new ArrayList<>(schema(specVersion).validate(tree));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation()
                .toString()).thenComparing(ValidationMessage::getMessage));
        List<ValidationMessage> tolerated = new ArrayList<>();
        for (ValidationMessage message : messages) {
            if (!isTolerated(message)) {
                long others = messages.size() - tolerated.size() - 1;
                throw new SbomException(origin + ": violates the CycloneDX " + specVersion
                        + " JSON schema: " + message.getMessage()
                        + (others > 0 ? " (and " + others + " more)" : ""));
            }
            tolerated.add(message);
        }
        return tolerated.isEmpty() ? List.of() : List.of(tolerated.size() + " tolerated "
                + "CycloneDX schema violation(s) (format, $schema, licence ids), first: "
                + tolerated.get(0).getMessage());
    }

    private static boolean isTolerated(ValidationMessage message) {
        String path = message.getInstanceLocation().toString();
        return "format".equals(message.getType()) || path.equals("$.$schema")
                || "enum".equals(message.getType()) && path.endsWith(".license.id");
    }

    private static JsonSchema schema(String specVersion) {
        return SCHEMAS.computeIfAbsent(specVersion, v -> FACTORY.getSchema(SchemaLocation.of(
                v.equals("1.7") ? "classpath:schemas/cyclonedx/bom-1.7.schema.json"
                        : "classpath:bom-" + v + ".schema.json")));
    }

    private static JsonSchemaFactory factory() {
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("meta:enum"))
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
                .metaSchema(draft7)
                .schemaMappers(mappers -> mappers.mappings(Map.of(
                        SITE + "spdx.schema.json", "classpath:spdx.schema.json",
                        SITE + "jsf-0.82.schema.json", "classpath:jsf-0.82.schema.json",
                        SITE + "cryptography-defs.schema.json",
                        "classpath:schemas/cyclonedx/cryptography-defs.schema.json")))
                .build();
    }
}
