// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The streaming JSON plumbing the SPDX and Trivy readers share: a parser with limits fit for
 * hostile input, one-element-at-a-time tree reading, and messages in the
 * {@code <origin> at line L, column C: <reason>} form.
 */
final class SpdxJsonInput {

    /**
     * Real SBOMs nest a dozen levels at most; a licence text is well under a few megabytes.
     * Anything past these is refused by the parser before it is built.
     */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(200).maxStringLength(32 << 20).maxNumberLength(100).build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(LIMITS).build()).build();

    private SpdxJsonInput() {
    }

    static JsonParser open(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }

    /** Reads the value the parser is on (one package, one element) as a small tree. */
    static JsonNode readTree(JsonParser parser) throws IOException {
        return MAPPER.readTree(parser);
    }

    /** Moves to the first token and requires a top-level object. */
    static void expectObject(JsonParser parser, String origin, String what)
            throws IOException, SbomException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw at(parser, origin, "not " + what + ": the top level is "
                    + (first == null ? "empty" : describe(first)) + ", not an object");
        }
    }

    /** Requires the value the parser is on to be an array, naming the member otherwise. */
    static void expectArray(JsonParser parser, String origin, String member)
            throws SbomException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw at(parser, origin, "'" + member + "' must be an array, not "
                    + describe(parser.currentToken()));
        }
    }

    /** Requires the value the parser is on to be an object, naming its array otherwise. */
    static void expectElement(JsonParser parser, String origin, String member)
            throws SbomException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw at(parser, origin, "each entry of '" + member + "' must be an object, not "
                    + describe(parser.currentToken()));
        }
    }

    static SbomException at(JsonParser parser, String origin, String reason) {
        JsonLocation where = parser.currentTokenLocation();
        return new SbomException(origin + " at line " + where.getLineNr() + ", column "
                + where.getColumnNr() + ": " + reason);
    }

    static SbomException malformed(JsonProcessingException e, String origin) {
        JsonLocation where = e.getLocation();
        String position = where == null ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new SbomException(origin + position + ": malformed JSON: "
                + e.getOriginalMessage());
    }

    static SbomException unreadable(IOException e, String origin) {
        return new SbomException(origin + ": cannot read: " + e.getMessage());
    }

    /** A text value of a tree, or null when absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }
}
