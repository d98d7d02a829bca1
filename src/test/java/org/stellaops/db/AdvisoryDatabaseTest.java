// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.db.DbFixtures.hexOf;
import static org.stellaops.db.DbFixtures.oneRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedImport;

/** Installing makes a snapshot current; earlier ones stay selectable until pruned. */
class AdvisoryDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void installMakesSnapshotCurrent() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport feed = oneRecord(dir, "PYSEC-2099-1");

        SnapshotManifest manifest = db.install(feed);

        assertThat(manifest.digest()).isEqualTo(feed.digest());
        assertThat(db.currentDigest()).contains(feed.digest());
        assertThat(db.keptDigests()).containsExactly(feed.digest());
        Snapshot snapshot = db.open(null);
        assertThat(snapshot.digest()).isEqualTo(feed.digest());
        assertThat(snapshot.advisoryCount()).isEqualTo(1);
    }

    @Test
    void secondInstallSwitchesCurrentAndKeepsFirstSelectable() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport first = oneRecord(dir, "PYSEC-2099-1");
        FeedImport second = oneRecord(dir, "PYSEC-2099-2");
        db.install(first);

        db.install(second);

        String hex = hexOf(first.digest());
        assertThat(db.currentDigest()).contains(second.digest());
        assertThat(db.keptDigests()).containsExactly(first.digest(), second.digest());
        assertThat(db.open(null).digest()).isEqualTo(second.digest());
        assertThat(db.open(first.digest()).digest()).isEqualTo(first.digest());
        assertThat(db.open(hex).digest()).isEqualTo(first.digest());
        assertThat(db.open(hex.substring(0, 8)).digest()).isEqualTo(first.digest());
        assertThat(db.open(hex.substring(0, 12).toUpperCase(Locale.ROOT)).digest())
                .isEqualTo(first.digest());
    }

    @Test
    void rejectsTooShortOrNonHexDigest() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport feed = oneRecord(dir, "PYSEC-2099-1");
        db.install(feed);
        String sevenDigits = hexOf(feed.digest()).substring(0, 7);

        assertThat(failureOf(db, sevenDigits))
                .hasMessageStartingWith("'" + sevenDigits + "' is not a snapshot digest")
                .hasMessageContaining("at least 8 hex digits");
        assertThat(failureOf(db, "sha256:not-hex-at-all"))
                .hasMessageStartingWith("'sha256:not-hex-at-all' is not a snapshot digest");
    }

    @Test
    void rejectsUnknownDigest() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport feed = oneRecord(dir, "PYSEC-2099-1");
        db.install(feed);
        // Flip the first digit, so the prefix cannot match the one snapshot there is.
        String hex = hexOf(feed.digest());
        String other = (hex.charAt(0) == '0' ? "1" : "0") + hex.substring(1, 10);

        assertThat(failureOf(db, other))
                .hasMessage("no kept snapshot matches " + other + " in " + db.root());
    }

    @Test
    void rejectsPrefixMatchingSeveralSnapshots() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport feed = oneRecord(dir, "PYSEC-2099-1");
        db.install(feed);
        // Two real digests sharing 8 digits would take ~2^32 imports, so a second snapshot
        // sharing the prefix is made by hand, as a crash-free install would have left it.
        String hex = hexOf(feed.digest());
        String twin = hex.substring(0, 8) + "0".repeat(56);
        Path snapshots = db.root().resolve(SnapshotFiles.SNAPSHOTS);
        Files.createDirectories(snapshots.resolve(twin));
        for (String file : new String[] {SnapshotFiles.MANIFEST, SnapshotFiles.INDEX,
                SnapshotFiles.RECORDS}) {
            Files.copy(snapshots.resolve(hex).resolve(file), snapshots.resolve(twin).resolve(file));
        }
        Files.writeString(db.root().resolve(SnapshotFiles.HISTORY), "sha256:" + twin + "\n",
                StandardOpenOption.APPEND);

        DatabaseException e = failureOf(db, hex.substring(0, 8));

        assertThat(e.getMessage()).startsWith("'" + hex.substring(0, 8)
                + "' matches several snapshots: ").contains(feed.digest(), "sha256:" + twin);
        assertThat(db.open(hex.substring(0, 9)).digest()).isEqualTo(feed.digest());
    }

    @Test
    void openWithoutAnySnapshotSaysToImport() {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);

        DatabaseException e = failureOf(db, null);

        assertThat(e).hasMessage("no advisory snapshot in " + db.root()
                + ": run `stella db import` first");
    }

    @Test
    void keepPrunesOldestSnapshotsBeyondTheLimit() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 2);
        FeedImport a = oneRecord(dir, "PYSEC-2099-1");
        FeedImport b = oneRecord(dir, "PYSEC-2099-2");
        FeedImport c = oneRecord(dir, "PYSEC-2099-3");

        db.install(a);
        db.install(b);
        db.install(c);

        assertThat(db.keptDigests()).containsExactly(b.digest(), c.digest());
        assertThat(snapshotFolders(db)).containsExactlyInAnyOrder(
                hexOf(b.digest()), hexOf(c.digest()));
        assertThat(failureOf(db, a.digest()).getMessage()).startsWith("no kept snapshot matches");
    }

    @Test
    void reinstallOfKeptSnapshotMakesItCurrentAndProtectsIt() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 2);
        FeedImport a = oneRecord(dir, "PYSEC-2099-1");
        FeedImport b = oneRecord(dir, "PYSEC-2099-2");
        FeedImport c = oneRecord(dir, "PYSEC-2099-3");
        db.install(a);
        db.install(b);

        db.install(a);
        db.install(c);

        // a was current before c arrived, so b is now the oldest and the one pruned.
        assertThat(db.keptDigests()).containsExactly(a.digest(), c.digest());
        assertThat(db.currentDigest()).contains(c.digest());
    }

    @Test
    void keepOfOneNeverPrunesTheCurrentSnapshot() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 1);
        FeedImport a = oneRecord(dir, "PYSEC-2099-1");
        FeedImport b = oneRecord(dir, "PYSEC-2099-2");

        db.install(a);
        db.install(b);
        db.install(b);

        assertThat(db.keptDigests()).containsExactly(b.digest());
        assertThat(snapshotFolders(db)).containsExactly(hexOf(b.digest()));
        assertThat(db.open(null).advisory(0).id()).isEqualTo("PYSEC-2099-2");
    }

    private static List<String> snapshotFolders(AdvisoryDatabase db) throws IOException {
        try (var folders = Files.list(db.root().resolve(SnapshotFiles.SNAPSHOTS))) {
            return folders.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static DatabaseException failureOf(AdvisoryDatabase db, String digest) {
        DatabaseException e = catchThrowableOfType(DatabaseException.class,
                () -> db.open(digest));
        assertThat(e).as("open(%s) should fail", digest).isNotNull();
        return e;
    }
}
