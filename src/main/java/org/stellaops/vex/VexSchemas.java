// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates VEX JSON against the official schemas, all loaded from the classpath: OpenVEX
 * 0.2.0 and CSAF 2.0 with its CVSS schemas (bundled under {@code /schemas/openvex/} and
 * {@code /schemas/csaf/}, see the READMEs there), CycloneDX 1.4 to 1.6 as cyclonedx-core-java
 * ships them. Every {@code $id} a schema refers to is mapped onto a bundled copy, so
 * validation never touches the network.
 *
 * <p>Tolerated, as {@code org.stellaops.sbom.CycloneDxJsonSchemas} tolerates them for SBOMs:
 * {@code format} assertions (the drafts leave them optional, and validators disagree on
 * {@code iri} and {@code uri}; nothing read here depends on them, and timestamps get their own
 * RFC 3339 check) and, for CycloneDX, a {@code $schema} value and licence ids missing from the
 * bundled SPDX list. Checked on the corpus: no real document needs the format tolerance today,
 * since networknt treats 2020-12 formats as annotations by default; it is kept so that a
 * validator that starts asserting {@code iri} or {@code uri-reference} does not refuse
 * published documents over a string shape nothing here reads.
 */
final class VexSchemas {

    static final String OPENVEX = "https://github.com/openvex/spec/openvex_json_schema_0.2.0.json";
    static final String CSAF = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

    /** How many violations an error message lists. */
    private static final int SHOWN = 3;
    private static final String FIRST = "https://www.first.org/cvss/";
    private static final String CDX = "http://cyclonedx.org/schema/";
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();
    private static final JsonSchemaFactory MODERN = modernFactory();
    private static final JsonSchemaFactory DRAFT7 = draft7Factory();

    private VexSchemas() {
    }

    static void validateOpenVex(JsonNode tree, String origin) throws VexException {
        check(tree, schema(OPENVEX, MODERN), "OpenVEX 0.2.0", origin);
    }

    static void validateCsaf(JsonNode tree, String origin) throws VexException {
        check(tree, schema(CSAF, MODERN), "CSAF 2.0", origin);
    }

    /** For specVersion 1.4, 1.5 or 1.6; the caller refuses the others. */
    static void validateCycloneDx(JsonNode tree, String specVersion, String origin)
            throws VexException {
        JsonSchema schema = schema("classpath:bom-" + specVersion + ".schema.json", DRAFT7);
        check(tree, schema, "CycloneDX " + specVersion, origin);
    }

    private static void check(JsonNode tree, JsonSchema schema, String label, String origin)
            throws VexException {
        List<ValidationMessage> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree)) {
            if (!isTolerated(message)) {
                violations.add(message);
            }
        }
        if (violations.isEmpty()) {
            return;
        }
        violations.sort(Comparator.comparing((ValidationMessage m) -> pointer(m))
                .thenComparing(ValidationMessage::getMessage));
        String shown = violations.stream().limit(SHOWN)
                .map(m -> pointer(m) + ": " + m.getError())
                .collect(Collectors.joining("; "));
        int more = violations.size() - SHOWN;
        throw new VexException(origin, pointer(violations.get(0)), "violates the " + label
                + " schema: " + shown + (more > 0 ? " (and " + more + " more)" : ""));
    }

    private static String pointer(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static boolean isTolerated(ValidationMessage message) {
        String pointer = pointer(message);
        return "format".equals(message.getType()) || pointer.equals("/$schema")
                || "enum".equals(message.getType()) && pointer.endsWith("/license/id");
    }

    private static JsonSchema schema(String location, JsonSchemaFactory factory) {
        return SCHEMAS.computeIfAbsent(location,
                l -> factory.getSchema(SchemaLocation.of(l), CONFIG));
    }

    private static JsonSchemaFactory modernFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mappings(Map.of(
                        OPENVEX, "classpath:schemas/openvex/openvex_json_schema.json",
                        CSAF, "classpath:schemas/csaf/csaf_json_schema.json",
                        FIRST + "cvss-v2.0.json", "classpath:schemas/csaf/cvss-v2.0.json",
                        FIRST + "cvss-v3.0.json", "classpath:schemas/csaf/cvss-v3.0.json",
                        FIRST + "cvss-v3.1.json", "classpath:schemas/csaf/cvss-v3.1.json"))));
    }

    private static JsonSchemaFactory draft7Factory() {
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("meta:enum"))
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
                .metaSchema(draft7)
                .schemaMappers(mappers -> mappers.mappings(Map.of(
                        CDX + "spdx.schema.json", "classpath:spdx.schema.json",
                        CDX + "jsf-0.82.schema.json", "classpath:jsf-0.82.schema.json")))
                .build();
    }
}
