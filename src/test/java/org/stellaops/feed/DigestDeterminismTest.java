// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot digest follows the records' content only: not file order, not formatting. */
class DigestDeterminismTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String[]> RECORDS = List.of(
            new String[] {"osv/PyPI", "PYSEC-2018-2"},
            new String[] {"osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr"},
            new String[] {"osv/AlmaLinux", "ALSA-2019:0975"},
            new String[] {"osv/crates.io", "RUSTSEC-2019-0001"});

    @TempDir
    Path dir;

    @Test
    void sameRecordsInOtherOrderAndFormattingGiveSameDigest() throws Exception {
        Map<String, byte[]> asPublished = new LinkedHashMap<>();
        for (String[] record : RECORDS) {
            asPublished.put(record[1] + ".json", FeedFixtures.corpusRecord(record[0], record[1]));
        }
        Path zip = FeedFixtures.zip(dir.resolve("published/all.zip"), asPublished);

        // The same records, compact, keys reversed, one file each, named to sort backwards.
        List<String> names = new ArrayList<>(asPublished.keySet());
        for (int i = 0; i < names.size(); i++) {
            byte[] reshaped = reversedCompact(asPublished.get(names.get(i)));
            FeedFixtures.writeJson(dir.resolve("reshaped/" + (9 - i) + ".json"),
                    new String(reshaped, StandardCharsets.UTF_8));
        }

        FeedImport published = FeedFixtures.readStrict(zip);
        FeedImport reshaped = FeedFixtures.readStrict(dir.resolve("reshaped"));

        assertThat(published.advisories()).hasSize(4);
        assertThat(reshaped.digest()).isEqualTo(published.digest());
        assertThat(reshaped.snapshotDate()).isEqualTo(published.snapshotDate());
    }

    @Test
    void changedRecordGivesOtherDigest() throws Exception {
        byte[] original = FeedFixtures.corpusRecord("osv/PyPI", "PYSEC-2018-2");
        ObjectNode edited = (ObjectNode) JSON.readTree(original);
        edited.put("details", edited.get("details").asText() + ".");

        FeedImport before = FeedFixtures.readStrict(
                FeedFixtures.writeJson(dir.resolve("a/r.json"), new String(original,
                        StandardCharsets.UTF_8)));
        FeedImport after = FeedFixtures.readStrict(
                FeedFixtures.writeJson(dir.resolve("b/r.json"), JSON.writeValueAsString(edited)));

        assertThat(after.digest()).isNotEqualTo(before.digest());
    }

    @Test
    void digestIsSha256OfCanonicalRecordsEachFollowedByNewline() throws Exception {
        FeedFixtures.writeJson(dir.resolve("b.json"),
                "{ \"modified\": \"2024-01-01T00:00:00Z\", \"id\": \"PYSEC-2099-2\" }");
        FeedFixtures.writeJson(dir.resolve("a.json"),
                "{\"id\":\"PYSEC-2099-1\",\"modified\":\"2024-01-01T00:00:00Z\"}");
        String expected = "{\"id\":\"PYSEC-2099-1\",\"modified\":\"2024-01-01T00:00:00Z\"}\n"
                + "{\"id\":\"PYSEC-2099-2\",\"modified\":\"2024-01-01T00:00:00Z\"}\n";

        FeedImport feed = FeedFixtures.readStrict(dir);

        byte[] sha = MessageDigest.getInstance("SHA-256")
                .digest(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.digest()).isEqualTo("sha256:" + HexFormat.of().formatHex(sha));
    }

    /** Rewrites a record compactly with every object's keys in reverse order. */
    private static byte[] reversedCompact(byte[] json) throws Exception {
        return JSON.writeValueAsBytes(reversed(JSON.readTree(json)));
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(reversed(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        Collections.reverse(keys);
        ObjectNode copy = JSON.createObjectNode();
        keys.forEach(k -> copy.set(k, reversed(object.get(k))));
        return copy;
    }
}
