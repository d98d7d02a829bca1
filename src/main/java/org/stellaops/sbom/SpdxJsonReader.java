// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Reads SPDX 2.3 JSON, and 2.2 (and the rare 2.0 / 2.1) JSON, which differ only in members this
 * reader does not need. Streaming: the top level is read member by member and {@code packages}
 * and {@code relationships} one entry at a time, each as a small tree, so memory grows with
 * the packages kept, not with the text; files, snippets and licence texts are skipped unbuilt.
 *
 * <p>Packages become components (see {@link SpdxJsonPackages}); files and snippets do not.
 * Relationships are mapped by {@link SpdxRelationships} and resolved by {@link SpdxAssembler}
 * once the whole document is read, so their order against the packages does not matter. The
 * document name is the subject, {@code creationInfo.created} the creation time, and the OS is
 * found as {@link SpdxOs} describes.
 *
 * <p>Hand-written on Jackson: the SPDX project's Java library (org.spdx:java-spdx-library with
 * its Jackson store) is not among the packages resolved here, and it loads the whole document
 * into an in-memory model store, which a 100 MB SBOM cannot afford.
 *
 * <p>Known shortcomings: relationships into other documents ({@code DocumentRef-...}) are not
 * followed, and those naming an element the document does not hold are dropped without a
 * warning; SPDX's YAML, RDF/XML and XML forms are not read (the detector refuses them).
 */
final class SpdxJsonReader implements SbomReader {

    private static final Pattern SUPPORTED = Pattern.compile("SPDX-2\\.[0-3]");

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        try (JsonParser parser = SpdxJsonInput.open(in)) {
            return readDocument(parser, origin);
        } catch (JsonProcessingException e) {
            throw SpdxJsonInput.malformed(e, origin);
        } catch (IOException e) {
            throw SpdxJsonInput.unreadable(e, origin);
        }
    }

    private static Sbom readDocument(JsonParser parser, String origin)
            throws IOException, SbomException {
        SpdxJsonInput.expectObject(parser, origin, "an SPDX JSON document");
        SpdxAssembler assembler = new SpdxAssembler(origin);
        SpdxHashes hashes = new SpdxHashes();
        String version = null;
        String name = null;
        String created = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (member) {
                case "spdxVersion":
                    version = checkVersion(parser, origin);
                    break;
                case "name":
                    name = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    break;
                case "creationInfo":
                    created = SpdxJsonInput.text(SpdxJsonInput.readTree(parser), "created");
                    break;
                case "packages":
                    readPackages(parser, origin, assembler, hashes);
                    break;
                case "relationships":
                    readRelationships(parser, origin, assembler);
                    break;
                case "documentDescribes":
                    readDescribes(parser, origin, assembler);
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        if (version == null) {
            throw new SbomException(origin + ": not an SPDX 2 JSON document: no spdxVersion");
        }
        assembler.warn(hashes.warning(origin));
        return assembler.build(SbomFormat.SPDX_JSON, version, name, created);
    }

    private static String checkVersion(JsonParser parser, String origin)
            throws IOException, SbomException {
        String version = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
        if (version == null || !SUPPORTED.matcher(version).matches()) {
            throw SpdxJsonInput.at(parser, origin, "unsupported spdxVersion "
                    + (version == null ? SpdxJsonInput.describe(parser.currentToken())
                    : "'" + version + "'") + ": SPDX-2.0 to SPDX-2.3 are read as SPDX 2 JSON "
                    + "(SPDX 3 is JSON-LD with an @context)");
        }
        return version;
    }

    private static void readPackages(JsonParser parser, String origin, SpdxAssembler assembler,
            SpdxHashes hashes) throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "packages");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SpdxJsonInput.expectElement(parser, origin, "packages");
            JsonLocation start = parser.currentTokenLocation();
            String position = origin + " at line " + start.getLineNr() + ", column "
                    + start.getColumnNr();
            assembler.addPackage(SpdxJsonPackages.read(SpdxJsonInput.readTree(parser), position,
                    hashes));
        }
    }

    private static void readRelationships(JsonParser parser, String origin,
            SpdxAssembler assembler) throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "relationships");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SpdxJsonInput.expectElement(parser, origin, "relationships");
            JsonNode relationship = SpdxJsonInput.readTree(parser);
            SpdxRelationships.record(assembler,
                    SpdxJsonInput.text(relationship, "spdxElementId"),
                    SpdxJsonInput.text(relationship, "relationshipType"),
                    SpdxJsonInput.text(relationship, "relatedSpdxElement"));
        }
    }

    private static void readDescribes(JsonParser parser, String origin, SpdxAssembler assembler)
            throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "documentDescribes");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                assembler.describes(parser.getText());
            }
            parser.skipChildren();
        }
    }
}
