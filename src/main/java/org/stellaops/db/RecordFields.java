// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads one top-level field of a stored record without building its tree: the index keeps
 * what matching needs, and the few other fields a later stage wants (an advisory's
 * {@code published} time, for policy rules on advisory age) are read from the record itself.
 */
final class RecordFields {

    private static final JsonFactory JSON = new JsonFactory();

    private RecordFields() {
    }

    /** The top-level string field, or null when absent or not a string. */
    static String topLevelString(String json, String field) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            // records were canonicalised on import; unreadable JSON here is a corrupt snapshot
            throw new UncheckedIOException("snapshot record does not parse", e);
        }
    }
}
