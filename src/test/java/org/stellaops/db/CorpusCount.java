// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.stellaops.db.SnapshotManifest.EcosystemCount;

/**
 * What the corpus zips hold, counted with plain Jackson and none of the importer's code, so a
 * manifest can be checked against it. An id found more than once counts once, in its newest
 * copy.
 */
record CorpusCount(int documents, int ids, int conflictingIds, int withdrawn,
        int bugfixErrata, int gitRanges, Map<String, EcosystemCount> ecosystems) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BUGFIX_PREFIXES = Set.of("ALBA-", "ALEA-", "RHBA-", "RHEA-");

    static CorpusCount of(List<Path> zips) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        int documents = 0;
        for (Path zip : zips) {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : file.stream().toList()) {
                    if (!entry.getName().endsWith(".json")) {
                        continue;
                    }
                    documents++;
                    try (InputStream in = file.getInputStream(entry)) {
                        keepNewest(JSON.readTree(in), byId, conflicting);
                    }
                }
            }
        }
        return count(documents, byId.values(), conflicting.size());
    }

    private static void keepNewest(JsonNode record, Map<String, JsonNode> byId,
            Set<String> conflicting) {
        String id = record.path("id").asText();
        JsonNode seen = byId.get(id);
        if (seen == null) {
            byId.put(id, record);
        } else if (!seen.equals(record)) {
            conflicting.add(id);
            if (modified(record).isAfter(modified(seen))) {
                byId.put(id, record);
            }
        }
    }

    private static CorpusCount count(int documents, Iterable<JsonNode> records, int conflicts) {
        Map<String, int[]> perEcosystem = new TreeMap<>();
        int ids = 0;
        int withdrawn = 0;
        int bugfix = 0;
        int git = 0;
        for (JsonNode record : records) {
            ids++;
            withdrawn += record.path("withdrawn").asText().isEmpty() ? 0 : 1;
            String id = record.path("id").asText();
            bugfix += BUGFIX_PREFIXES.stream().anyMatch(id::startsWith) ? 1 : 0;
            Set<String> named = new HashSet<>();
            for (JsonNode affected : record.path("affected")) {
                String ecosystem = affected.path("package").path("ecosystem").asText("(none)");
                int[] counts = perEcosystem.computeIfAbsent(ecosystem, k -> new int[2]);
                counts[0] += named.add(ecosystem) ? 1 : 0;
                counts[1]++;
                for (JsonNode range : affected.path("ranges")) {
                    git += "GIT".equals(range.path("type").asText()) ? 1 : 0;
                }
            }
        }
        Map<String, EcosystemCount> ecosystems = new TreeMap<>();
        perEcosystem.forEach((k, v) -> ecosystems.put(k, new EcosystemCount(v[0], v[1])));
        return new CorpusCount(documents, ids, conflicts, withdrawn, bugfix, git, ecosystems);
    }

    private static Instant modified(JsonNode record) {
        return Instant.parse(record.path("modified").asText());
    }
}
