// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.stellaops.feed.FeedException;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;

/** Small imports and file snapshots for the database tests. */
final class DbFixtures {

    private DbFixtures() {
    }

    /** Reads a feed of one minimal PyPI record; different ids give different digests. */
    static FeedImport oneRecord(Path dir, String id) throws IOException, FeedException {
        Path file = FeedFixtures.writeJson(dir.resolve("feed-" + id + "/" + id + ".json"),
                FeedFixtures.minimalRecord(id, "2024-01-01T00:00:00Z", "requests", "2.0"));
        return FeedFixtures.readStrict(file);
    }

    /** Reads the named corpus records, given as folder/id pairs, from a fresh folder. */
    static FeedImport corpusRecords(Path dir, String... folderAndIds)
            throws IOException, FeedException {
        Path feed = Files.createDirectories(dir.resolve("corpus-feed"));
        for (int i = 0; i < folderAndIds.length; i += 2) {
            FeedFixtures.copyCorpusRecords(feed, folderAndIds[i], folderAndIds[i + 1]);
        }
        return FeedFixtures.readStrict(feed);
    }

    /** Every regular file under {@code root} with the SHA-256 of its bytes, by relative path. */
    static Map<String, String> contentsOf(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hexOf(String digest) {
        return digest.substring("sha256:".length());
    }
}
