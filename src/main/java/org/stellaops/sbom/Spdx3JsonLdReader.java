// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Reads SPDX 3.0.1 JSON-LD as the official serialisation writes it: compacted with the SPDX
 * context, elements in {@code @graph} (or one element as the whole document). Streaming: each
 * {@code @graph} element is read alone as a small tree and handed to {@link Spdx3Elements};
 * relationships may come before the elements they name and are resolved once the graph is
 * read ({@link SpdxAssembler}).
 *
 * <ul>
 *   <li>Components: {@code software_Package} and its AI and dataset subclasses. Files,
 *       snippets, agents and the like are not components.</li>
 *   <li>Licences: {@code hasDeclaredLicense}, else {@code hasConcludedLicense}, to licence
 *       expressions or listed licences; NOASSERTION / NONE dropped.</li>
 *   <li>Graph: {@code dependsOn} to dependencies, {@code contains} to nesting,
 *       {@code generates} to the source package.</li>
 *   <li>The document's name (else the SBOM element's) is the subject; the creation info of the
 *       SpdxDocument (else the first one) gives {@code created} and the spec version.</li>
 * </ul>
 *
 * <p>Everything {@link Spdx3Writer} writes comes back: names, versions, purls, CPEs, hashes,
 * licences, nesting and dependencies; refs are the writer's IRIs. Known shortcoming: JSON-LD is
 * read in its compacted form only; a document expanded or compacted against another context
 * (full IRIs as property names) is not recognised. That would take a JSON-LD processor
 * (e.g. titanium-json-ld) and a whole-document expansion, which does not stream.
 */
final class Spdx3JsonLdReader implements SbomReader {

    private static final Pattern SUPPORTED = Pattern.compile("3\\.0(\\.\\d+)?");

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
        SpdxJsonInput.expectObject(parser, origin, "an SPDX 3 JSON-LD document");
        SpdxAssembler assembler = new SpdxAssembler(origin);
        Spdx3Elements elements = new Spdx3Elements(assembler);
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        boolean graph = false;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            parser.nextToken();
            if (member.equals("@graph")) {
                readGraph(parser, origin, elements);
                graph = true;
            } else if (member.equals("@context")) {
                parser.skipChildren();
            } else {
                top.set(member, SpdxJsonInput.readTree(parser));
            }
        }
        if (top.has("type") || top.has("@type")) {
            elements.accept(top);
        } else if (!graph) {
            throw new SbomException(origin + ": not an SPDX 3 JSON-LD document: neither an "
                    + "@graph nor a single element with a type");
        }

        JsonNode info = elements.finish(origin);
        String version = info == null ? null : SpdxJsonInput.text(info, "specVersion");
        if (version != null && !SUPPORTED.matcher(version).matches()) {
            throw new SbomException(origin + ": unsupported SPDX specVersion '" + version
                    + "': this reader takes SPDX 3.0.x");
        }
        String created = info == null ? null : SpdxJsonInput.text(info, "created");
        return assembler.build(SbomFormat.SPDX3_JSON_LD, version == null ? "3.0.1" : version,
                elements.subjectName(), created);
    }

    private static void readGraph(JsonParser parser, String origin, Spdx3Elements elements)
            throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "@graph");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SpdxJsonInput.expectElement(parser, origin, "@graph");
            elements.accept(SpdxJsonInput.readTree(parser));
        }
    }
}
