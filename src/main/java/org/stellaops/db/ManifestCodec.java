// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code manifest.json} with sorted keys, so its bytes follow its content.
 *
 * <p>Reading uses jackson-core's streaming parser rather than databind: opening a snapshot is
 * the first thing every command and a fresh server does, and initialising databind's record
 * binding cost more than the rest of the open. Members this version does not know are
 * skipped, so a newer writer's additions do not break an older reader.
 */
final class ManifestCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private ManifestCodec() {
    }

    static SnapshotManifest read(Path file) throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, file);
            int formatVersion = 0;
            String digest = null;
            String snapshotDate = null;
            int advisories = 0;
            int withdrawn = 0;
            int notReported = 0;
            int gitRanges = 0;
            Map<String, SnapshotManifest.EcosystemCount> ecosystems = new TreeMap<>();
            List<String> unknown = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "formatVersion" -> formatVersion = parser.getIntValue();
                    case "digest" -> digest = parser.getValueAsString();
                    case "snapshotDate" -> snapshotDate = parser.getValueAsString();
                    case "advisories" -> advisories = parser.getIntValue();
                    case "withdrawn" -> withdrawn = parser.getIntValue();
                    case "notReported" -> notReported = parser.getIntValue();
                    case "gitRanges" -> gitRanges = parser.getIntValue();
                    case "ecosystems" -> readEcosystems(parser, value, ecosystems, file);
                    case "unknownEcosystems" -> readStrings(parser, value, unknown, file);
                    default -> parser.skipChildren();
                }
            }
            return new SnapshotManifest(formatVersion, digest, snapshotDate, advisories,
                    withdrawn, notReported, gitRanges, ecosystems, unknown);
        }
    }

    static void write(SnapshotManifest manifest, Path file) throws IOException {
        new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), manifest);
    }

    private static void readEcosystems(JsonParser parser, JsonToken value,
            Map<String, SnapshotManifest.EcosystemCount> into, Path file) throws IOException {
        expect(parser, value, JsonToken.START_OBJECT, file);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String ecosystem = parser.currentName();
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, file);
            int advisories = 0;
            int packages = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "advisories" -> advisories = parser.getIntValue();
                    case "packages" -> packages = parser.getIntValue();
                    default -> parser.skipChildren();
                }
            }
            into.put(ecosystem, new SnapshotManifest.EcosystemCount(advisories, packages));
        }
    }

    private static void readStrings(JsonParser parser, JsonToken value, List<String> into,
            Path file) throws IOException {
        expect(parser, value, JsonToken.START_ARRAY, file);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            into.add(parser.getValueAsString());
        }
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken wanted, Path file)
            throws IOException {
        if (actual != wanted) {
            throw new IOException(file + " at line " + parser.currentLocation().getLineNr()
                    + ": expected " + wanted + " in the snapshot manifest, found " + actual);
        }
    }
}
