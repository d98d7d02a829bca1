// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code severity.level} of every finding of a JSON report, read one finding at a time:
 * a report of a large SBOM is tens of MB, and the gate needs only these words.
 */
final class ReportLevels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportLevels() {
    }

    static List<String> of(byte[] report) throws ServerException {
        try (JsonParser parser = JSON.getFactory().createParser(report)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("findings")) {
                    return levelsOf(parser);
                }
                parser.skipChildren();
            }
            throw invalid("no findings");
        } catch (IOException e) {
            throw invalid(e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private static List<String> levelsOf(JsonParser parser) throws IOException, ServerException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid("findings is not an array");
        }
        List<String> levels = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw invalid("a finding is not an object");
            }
            JsonNode finding = parser.readValueAsTree();
            levels.add(finding.path("severity").path("level").asText("unknown"));
        }
        return levels;
    }

    private static ServerException invalid(String why) {
        return new ServerException("server: sent a report that is not a JSON report: " + why);
    }
}
