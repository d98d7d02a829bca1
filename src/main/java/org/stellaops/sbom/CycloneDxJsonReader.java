// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CycloneDX JSON 1.2 to 1.7 (1.7 for what 1.6 knows), streaming with Jackson's
 * {@link JsonParser}: the components, their nested components, the subject
 * ({@code metadata.component}), {@code metadata.timestamp} and the dependency graph. What the
 * model keeps is described in {@link CycloneDxSbomBuilder} and {@link CycloneDxComponentDraft}.
 *
 * <p>Validation depends on size. A document of up to {@link CycloneDxInput#VALIDATION_LIMIT}
 * bytes (16 MiB) is validated in full against the official schema of its specVersion
 * ({@link CycloneDxJsonSchemas}); a violation is an error. A larger one is not: a schema
 * validator needs the whole document as a tree, several times its size in heap, and a 100 MB
 * SBOM must be readable in well under 1 GB. It gets the structural checks of the streaming
 * pass only (a CycloneDX object, a known specVersion, components with a type and a name,
 * fields of the types the schema gives them) and a warning saying it was not validated.
 * Validating it too would take a streaming JSON Schema validator; networknt's (which
 * cyclonedx-core-java uses) validates a tree.
 *
 * <p>Malformed JSON is an error with line and column. Jackson's default read constraints
 * (nesting depth 1000, string length 20 M characters) bound what hostile input can make us
 * build.
 */
final class CycloneDxJsonReader implements SbomReader {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        CycloneDxInput input = CycloneDxInput.buffer(in, CycloneDxInput.VALIDATION_LIMIT, origin);
        CycloneDxSbomBuilder sbom = new CycloneDxSbomBuilder(SbomFormat.CYCLONEDX_JSON);
        try (JsonParser parser = JSON.createParser(input.stream())) {
            readBom(parser, new CycloneDxJsonComponents(parser, origin), sbom, origin);
        } catch (StreamReadException e) {
            throw new SbomException(origin + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
        if (input.small()) {
            CycloneDxJsonSchemas.validate(input.bytes(), sbom.specVersion(), origin)
                    .forEach(sbom::warn);
        } else {
            sbom.warn("not validated against the CycloneDX schema: larger than "
                    + CycloneDxInput.VALIDATION_LIMIT + " bytes, structural checks only");
        }
        return sbom.build();
    }

    private static void readBom(JsonParser parser, CycloneDxJsonComponents json,
            CycloneDxSbomBuilder sbom, String origin) throws IOException, SbomException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw json.fail(parser.currentTokenLocation(),
                    "not a CycloneDX BOM: no top-level object");
        }
        String bomFormat = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "bomFormat" -> bomFormat = json.text(field);
                case "specVersion" ->
                        sbom.specVersion(CycloneDxSpecVersion.of(json.text(field), origin).text());
                case "metadata" -> readMetadata(parser, json, sbom);
                case "components" -> readComponents(parser, json, sbom);
                case "dependencies" -> readDependencies(parser, json, sbom);
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw json.fail(parser.currentTokenLocation(), "content after the BOM object");
        }
        if (!"CycloneDX".equals(bomFormat)) {
            throw new SbomException(origin + ": not a CycloneDX BOM: bomFormat is "
                    + (bomFormat == null ? "missing" : "'" + bomFormat + "'"));
        }
        CycloneDxSpecVersion.of(sbom.specVersion(), origin);
    }

    private static void readMetadata(JsonParser parser, CycloneDxJsonComponents json,
            CycloneDxSbomBuilder sbom) throws IOException, SbomException {
        json.expect(JsonToken.START_OBJECT, "'metadata' must be an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "timestamp" -> sbom.created(json.text(field));
                case "component" -> sbom.addSubject(json.readComponent());
                default -> parser.skipChildren();
            }
        }
    }

    private static void readComponents(JsonParser parser, CycloneDxJsonComponents json,
            CycloneDxSbomBuilder sbom) throws IOException, SbomException {
        json.expect(JsonToken.START_ARRAY, "'components' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            sbom.addComponent(json.readComponent());
        }
    }

    /** {@code [{"ref": ..., "dependsOn": [...]}]}; other members (1.6 provides) are skipped. */
    private static void readDependencies(JsonParser parser, CycloneDxJsonComponents json,
            CycloneDxSbomBuilder sbom) throws IOException, SbomException {
        json.expect(JsonToken.START_ARRAY, "'dependencies' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            var start = parser.currentTokenLocation();
            json.expect(JsonToken.START_OBJECT, "a dependency must be an object");
            String ref = null;
            List<String> targets = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("ref")) {
                    ref = json.text(field);
                } else if (field.equals("dependsOn")) {
                    json.expect(JsonToken.START_ARRAY, "'dependsOn' must be an array");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        targets.add(json.text(field));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (ref == null) {
                throw json.fail(start, "a dependency needs a ref");
            }
            sbom.addDependency(ref, targets);
        }
    }
}
