// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.stellaops.db.DbFixtures.hexOf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;

/** Snapshot files follow from content alone, and carry a header that says what they are. */
class SnapshotFilesTest {

    private static final List<String> FILES =
            List.of(SnapshotFiles.INDEX, SnapshotFiles.RECORDS, SnapshotFiles.MANIFEST);

    @TempDir
    Path dir;

    @Test
    void twoInstallsOfSameRecordsWriteIdenticalBytes() throws Exception {
        String[] records = {"osv/PyPI", "PYSEC-2018-2", "osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr",
                "osv/AlmaLinux", "ALSA-2019:0975", "osv/AlmaLinux", "ALBA-2019:3623"};
        FeedImport first = DbFixtures.corpusRecords(dir.resolve("one"), records);
        // The same records again, this time out of one zip in reverse name order.
        Path zip = FeedFixtures.zip(dir.resolve("two/all.zip"), Map.of(
                "z.json", FeedFixtures.corpusRecord("osv/PyPI", "PYSEC-2018-2"),
                "y.json", FeedFixtures.corpusRecord("osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr"),
                "x.json", FeedFixtures.corpusRecord("osv/AlmaLinux", "ALSA-2019:0975"),
                "w.json", FeedFixtures.corpusRecord("osv/AlmaLinux", "ALBA-2019:3623")));
        FeedImport second = FeedFixtures.readStrict(zip);

        Path a = snapshotDir(new AdvisoryDatabase(dir.resolve("db-a"), 1), first);
        Path b = snapshotDir(new AdvisoryDatabase(dir.resolve("db-b"), 1), second);

        assertThat(second.digest()).isEqualTo(first.digest());
        for (String file : FILES) {
            assertThat(Files.readAllBytes(b.resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
    }

    @Test
    void indexStartsWithMagicFormatAndCounts() throws Exception {
        FeedImport feed = DbFixtures.corpusRecords(dir, "osv/PyPI", "PYSEC-2018-2",
                "osv/AlmaLinux", "ALSA-2019:0975");

        ByteBuffer index = ByteBuffer.wrap(Files.readAllBytes(snapshotDir(
                new AdvisoryDatabase(dir.resolve("db"), 1), feed).resolve(SnapshotFiles.INDEX)));

        byte[] magic = new byte[8];
        index.get(magic);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("STELLAIX");
        assertThat(index.getInt()).isEqualTo(IndexFormat.VERSION);
        assertThat(index.getInt()).as("advisories").isEqualTo(2);
        // Keys: PyPI django, and AlmaLinux oci-systemd-hook and oci-umount.
        assertThat(index.getInt()).as("keys").isEqualTo(3);
        assertThat(index.getInt()).as("advisory table").isEqualTo(IndexFormat.HEADER_BYTES);
    }

    @Test
    void refusesIndexOfAnotherFormat() throws Exception {
        FeedImport feed = DbFixtures.oneRecord(dir, "PYSEC-2099-1");
        Path snapshot = snapshotDir(new AdvisoryDatabase(dir.resolve("db"), 1), feed);
        byte[] index = Files.readAllBytes(snapshot.resolve(SnapshotFiles.INDEX));
        index[11] = 9;
        Files.write(snapshot.resolve(SnapshotFiles.INDEX), index);

        Throwable failure = catchThrowable(() -> Snapshot.open(snapshot));

        assertThat(failure).isInstanceOf(IOException.class)
                .hasMessage("not a snapshot index of format " + IndexFormat.VERSION);
    }

    @Test
    void storesRecordsBackToBackInIdOrder() throws Exception {
        FeedImport feed = DbFixtures.corpusRecords(dir, "osv/PyPI", "PYSEC-2018-2",
                "osv/AlmaLinux", "ALSA-2019:0975");

        Path snapshot = snapshotDir(new AdvisoryDatabase(dir.resolve("db"), 1), feed);

        byte[] expected = concat(feed.advisories().get(0).record().canonicalJson(),
                feed.advisories().get(1).record().canonicalJson());
        assertThat(feed.advisories().get(0).record().id()).isEqualTo("ALSA-2019:0975");
        assertThat(Files.readAllBytes(snapshot.resolve(SnapshotFiles.RECORDS))).isEqualTo(expected);
    }

    private static Path snapshotDir(AdvisoryDatabase db, FeedImport feed) throws Exception {
        db.install(feed);
        return db.root().resolve(SnapshotFiles.SNAPSHOTS).resolve(hexOf(feed.digest()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
