// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells SBOM formats apart by content, never by file name.
 *
 * <ul>
 *   <li>JSON: the top-level members decide. {@code bomFormat: "CycloneDX"} is CycloneDX,
 *       {@code spdxVersion} is SPDX 2.x, an {@code @context} naming spdx.org is SPDX 3, and
 *       {@code SchemaVersion} with {@code Results} or {@code ArtifactName} is a Trivy report.
 *       Only top-level members are read; nested values are skipped without being built.</li>
 *   <li>XML: a {@code bom} root in a cyclonedx.org namespace is CycloneDX; the prolog is matched
 *       as text, so no entity is ever expanded here.</li>
 *   <li>Text: a line starting {@code SPDXVersion:} is SPDX tag-value.</li>
 * </ul>
 */
public final class SbomDetector {

    static final String TRIED = "CycloneDX JSON, CycloneDX XML, SPDX 2.3 JSON, SPDX 3.0.1 "
            + "JSON-LD, SPDX tag-value, Trivy JSON v2";

    private static final int PROLOG_BYTES = 8192;
    private static final Pattern CYCLONEDX_XML =
            Pattern.compile("<(\\w+:)?bom\\b[^>]*cyclonedx\\.org/schema/bom", Pattern.DOTALL);
    private static final Pattern TAG_VALUE =
            Pattern.compile("(?m)^\\s*SPDXVersion\\s*:\\s*SPDX-");
    private static final JsonFactory JSON = new JsonFactory();

    private SbomDetector() {
    }

    public static SbomFormat detect(Path file, String origin) throws SbomException {
        String prolog = prolog(file, origin);
        String trimmed = prolog.stripLeading().replace("\uFEFF", "");
        if (trimmed.startsWith("{")) {
            return detectJson(file, origin);
        }
        if (trimmed.startsWith("<")) {
            if (CYCLONEDX_XML.matcher(prolog).find()) {
                return SbomFormat.CYCLONEDX_XML;
            }
            throw new SbomException(origin + ": XML but not a CycloneDX BOM (SPDX RDF/XML is not "
                    + "supported); formats tried: " + TRIED);
        }
        if (TAG_VALUE.matcher(prolog).find()) {
            return SbomFormat.SPDX_TAG_VALUE;
        }
        throw new SbomException(origin + ": not a known SBOM format; formats tried: " + TRIED);
    }

    private static String prolog(Path file, String origin) throws SbomException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
    }

    private static SbomFormat detectJson(Path file, String origin) throws SbomException {
        boolean trivyVersion = false;
        boolean trivyBody = false;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            parser.nextToken();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "bomFormat":
                        if ("CycloneDX".equals(parser.getValueAsString())) {
                            return SbomFormat.CYCLONEDX_JSON;
                        }
                        break;
                    case "spdxVersion":
                        return SbomFormat.SPDX_JSON;
                    case "@context":
                        if (mentionsSpdx(parser, value)) {
                            return SbomFormat.SPDX3_JSON_LD;
                        }
                        break;
                    case "SchemaVersion":
                        trivyVersion = true;
                        break;
                    case "Results":
                    case "ArtifactName":
                        trivyBody = true;
                        break;
                    default:
                        break;
                }
                if (trivyVersion && trivyBody) {
                    return SbomFormat.TRIVY_JSON_V2;
                }
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw new SbomException(origin + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
        throw new SbomException(origin + ": JSON, but not a known SBOM format; formats tried: "
                + TRIED);
    }

    private static boolean mentionsSpdx(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText().contains("spdx.org");
        }
        if (value == JsonToken.START_ARRAY) {
            boolean spdx = false;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                spdx |= t == JsonToken.VALUE_STRING && parser.getText().contains("spdx.org");
                parser.skipChildren();
            }
            return spdx;
        }
        return false;
    }
}
