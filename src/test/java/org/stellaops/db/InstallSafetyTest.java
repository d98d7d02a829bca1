// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.stellaops.db.DbFixtures.contentsOf;
import static org.stellaops.db.DbFixtures.hexOf;
import static org.stellaops.db.DbFixtures.oneRecord;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedException;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;

/** What goes wrong around an install never costs the snapshot that was current. */
class InstallSafetyTest {

    @TempDir
    Path dir;

    @Test
    void failedImportLeavesPreviousSnapshotCurrentAndIntact() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport good = oneRecord(dir, "PYSEC-2099-1");
        db.install(good);
        Map<String, String> before = contentsOf(db.root());
        Path broken = FeedFixtures.writeJson(dir.resolve("broken/PYSEC-2099-2.json"), "{\"id\":");

        Throwable failure = catchThrowable(() -> db.install(FeedFixtures.readStrict(broken)));

        assertThat(failure).isInstanceOf(FeedException.class)
                .hasMessageStartingWith(broken + " at line 1, column 7: malformed JSON");
        assertThat(contentsOf(db.root())).isEqualTo(before);
        assertThat(db.open(null).advisory(0).id()).isEqualTo("PYSEC-2099-1");
    }

    @Test
    void leftoverStagingIsIgnoredByReadersAndRemovedByNextInstall() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport current = oneRecord(dir, "PYSEC-2099-1");
        FeedImport next = oneRecord(dir, "PYSEC-2099-2");
        db.install(current);
        Path half = leaveHalfWrittenStaging(db, next);

        assertThat(db.open(null).digest()).isEqualTo(current.digest());
        assertThat(db.keptDigests()).containsExactly(current.digest());
        assertThat(catchThrowable(() -> db.open(hexOf(next.digest()))))
                .isInstanceOf(DatabaseException.class);

        db.install(next);

        assertThat(half).doesNotExist();
        assertThat(db.root().resolve(SnapshotFiles.STAGING)).doesNotExist();
        assertThat(db.open(null).advisoryCount()).isEqualTo(1);
        assertThat(db.open(null).advisory(0).id()).isEqualTo("PYSEC-2099-2");
    }

    @Test
    void leftoverStagingIsRemovedEvenWhenNextInstallIsAlreadyPresent() throws Exception {
        // Retrying an import of content already installed writes nothing, yet must tidy up.
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport current = oneRecord(dir, "PYSEC-2099-1");
        db.install(current);
        leaveHalfWrittenStaging(db, oneRecord(dir, "PYSEC-2099-2"));

        db.install(current);

        assertThat(db.root().resolve(SnapshotFiles.STAGING)).doesNotExist();
        assertThat(db.currentDigest()).contains(current.digest());
    }

    @Test
    void heldLockMakesConcurrentInstallFailClearly() throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport current = oneRecord(dir, "PYSEC-2099-1");
        FeedImport other = oneRecord(dir, "PYSEC-2099-2");
        db.install(current);

        Throwable failure;
        try (FileChannel channel = FileChannel.open(db.root().resolve(SnapshotFiles.LOCK),
                StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            failure = catchThrowable(() -> db.install(other));
        }

        assertThat(failure).isInstanceOf(DatabaseException.class)
                .hasMessage("another import holds the lock on " + db.root());
        assertThat(db.currentDigest()).contains(current.digest());
        assertThat(db.keptDigests()).containsExactly(current.digest());

        db.install(other);
        assertThat(db.currentDigest()).contains(other.digest());
    }

    /** Leaves what a crash in the middle of writing {@code feed} would leave behind. */
    private static Path leaveHalfWrittenStaging(AdvisoryDatabase db, FeedImport feed)
            throws Exception {
        Path half = db.root().resolve(SnapshotFiles.STAGING).resolve(hexOf(feed.digest()));
        Files.createDirectories(half);
        Files.write(half.resolve(SnapshotFiles.RECORDS), new byte[] {'{', '"'});
        return half;
    }
}
