// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.FeedImporter;
import org.stellaops.feed.ImportOptions;

/**
 * Builds real snapshots for tests the way {@code stella db import} does: OSV records written to
 * a folder (or corpus zips), read by the feed importer, installed in a fresh database.
 */
public final class SnapshotFixtures {

    private SnapshotFixtures() {
    }

    /** The shared corpus; surefire sets {@code stella.corpus}, the default suits the IDE. */
    public static Path corpus() {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"));
    }

    /** Writes the records under {@code dir/feed}, installs them in {@code dir/db}, opens it. */
    public static Snapshot install(Path dir, String... records) throws Exception {
        Path feed = writeRecords(dir.resolve("feed"), records);
        return install(dir.resolve("db"), List.of(feed));
    }

    /** Imports OSV inputs (zips, folders, files) into the database at {@code db}. */
    public static Snapshot install(Path db, List<Path> inputs) throws Exception {
        FeedImport feed = new FeedImporter(ImportOptions.STRICT).read(inputs);
        AdvisoryDatabase database = new AdvisoryDatabase(db, 5);
        database.install(feed);
        return database.open(null);
    }

    /** One file per record, named by position so that input order is visible in a listing. */
    public static Path writeRecords(Path folder, String... records) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < records.length; i++) {
            Path file = folder.resolve(String.format("record-%02d.json", i));
            Files.writeString(file, records[i], StandardCharsets.UTF_8);
        }
        return folder;
    }

    /**
     * A minimal valid OSV record for one package. {@code ranges} is the JSON array of the
     * affected entry's ranges; {@code extra} holds further top-level fields (may be empty).
     */
    public static String record(String id, String ecosystem, String name, String ranges,
            String extra) {
        return """
                {
                  "schema_version": "1.6.0",
                  "id": "%s",
                  "modified": "2024-05-01T00:00:00Z",
                  %s
                  "affected": [
                    {"package": {"ecosystem": "%s", "name": "%s"}, "ranges": %s}
                  ]
                }
                """.formatted(id, extra.isEmpty() ? "" : extra + ",", ecosystem, name, ranges);
    }

    /** An ECOSYSTEM range from {@code introduced} to {@code fixed}. */
    public static String fixedRange(String introduced, String fixed) {
        return """
                [{"type": "ECOSYSTEM", "events": [{"introduced": "%s"}, {"fixed": "%s"}]}]
                """.formatted(introduced, fixed);
    }
}
