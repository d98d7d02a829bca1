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
 * What the threshold needs of a JSON report, read one finding at a time (a report of a large
 * SBOM is tens of MB): the level of every open finding (its {@code explain.final.level}, which
 * an escalate rule may have raised; {@code severity.level} in 1.0 reports, where every finding
 * is open) and whether the policy blocked the scan.
 */
final class ReportLevels {

    /** The open findings' levels and the policy's block. */
    record Gate(List<String> levels, boolean blocked) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportLevels() {
    }

    static Gate of(byte[] report) throws ServerException {
        try (JsonParser parser = JSON.getFactory().createParser(report)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("not a JSON object");
            }
            List<String> levels = null;
            boolean blocked = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("findings")) {
                    levels = levelsOf(parser);
                } else if (field.equals("policy") && parser.currentToken()
                        == JsonToken.START_OBJECT) {
                    JsonNode policy = parser.readValueAsTree();
                    blocked = policy.path("blocked").asBoolean(false);
                } else {
                    parser.skipChildren();
                }
            }
            if (levels == null) {
                throw invalid("no findings");
            }
            return new Gate(levels, blocked);
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
            if (!finding.path("state").asText("open").equals("open")) {
                continue;
            }
            JsonNode counted = finding.path("explain").path("final").path("level");
            levels.add(counted.isTextual() ? counted.asText()
                    : finding.path("severity").path("level").asText("unknown"));
        }
        return levels;
    }

    private static ServerException invalid(String why) {
        return new ServerException("server: sent a report that is not a JSON report: " + why);
    }
}
