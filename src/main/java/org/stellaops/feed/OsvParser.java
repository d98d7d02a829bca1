// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.canonical.CanonicalJson;

/**
 * Reads one OSV document (thread-safe; an import runs several at once): JSON syntax, then the
 * official schema, then the fields we index. Every failure names the document and where in it
 * the problem lies.
 */
final class OsvParser {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final OsvValidator validator = new OsvValidator();

    /** A parsed record and the schema warnings that were tolerated for it. */
    record Parsed(OsvRecord record, List<String> warnings) {
    }

    Parsed parse(FeedDocument document) throws FeedException {
        JsonNode root = readJson(document);
        if (!root.isObject()) {
            throw new FeedException(document.origin(), "$", "an OSV record must be a JSON object");
        }
        List<String> warnings = validator.validate(root, document.origin());
        return new Parsed(OsvRecords.fromJson(root, canonical(root, document)), warnings);
    }

    private JsonNode readJson(FeedDocument document) throws FeedException {
        try {
            return mapper.readTree(document.content());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null
                    ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FeedException(document.origin(), position,
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedException(document.origin(), "", "unreadable: " + e.getMessage(), e);
        }
    }

    private static byte[] canonical(JsonNode root, FeedDocument document) throws FeedException {
        try {
            return CanonicalJson.toBytes(root);
        } catch (RuntimeException e) {
            throw new FeedException(document.origin(), "$",
                    "cannot canonicalize: " + e.getMessage(), e);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
