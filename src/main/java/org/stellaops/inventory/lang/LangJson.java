// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.InventoryException;

/** Reads the JSON metadata files of language ecosystems, bounded, with errors naming the spot. */
final class LangJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LangJson() {
    }

    /** The file's JSON tree; larger files than {@code limit} bytes are refused. */
    static JsonNode readTree(FileContent content, long limit) throws IOException {
        byte[] bytes = content.bytes(limit);
        return parse(bytes, content.entry().path());
    }

    /** Parses JSON bytes; {@code origin} names them in errors. */
    static JsonNode parse(byte[] bytes, String origin) throws IOException {
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InventoryException(origin, "empty JSON document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr();
            throw new InventoryException(origin, "malformed JSON" + where + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A text field, or null when absent, empty or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().trim();
    }
}
