// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses VEX JSON into a tree and reads its fields leniently: a field of the wrong JSON type
 * reads as absent, since the schema has already said what is required.
 */
final class VexJson {

    // trailing tokens would mean two documents glued together: refuse rather than guess
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private VexJson() {
    }

    /** The document's tree; a parse error names the line and column Jackson stopped at. */
    static JsonNode parse(String origin, byte[] bytes) throws VexException {
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new VexException(origin, null, "empty document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? null
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new VexException(origin, position, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new VexException(origin, null, "cannot read: " + e.getMessage());
        }
    }

    /** The field's text, or null when it is missing or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The field's elements, empty when it is missing or not an array. */
    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }

    /** The texts of the string elements of an array field, in order. */
    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array(node, field)) {
            if (element.isTextual()) {
                texts.add(element.asText());
            }
        }
        return texts;
    }

    /** The object at a path of field names, or null. */
    static JsonNode object(JsonNode node, String... fields) {
        JsonNode current = node;
        for (String field : fields) {
            current = current == null ? null : current.get(field);
        }
        return current != null && current.isObject() ? current : null;
    }
}
