// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;

/**
 * Kills a real {@code stella db import} of the AlmaLinux corpus (a few seconds of work) in a
 * child JVM: after fixed delays, and the moment it starts writing its snapshot. Whatever the
 * moment, the database must open on a complete snapshot, the old one or the new one.
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(longs = {300, 1500, 5000})
    void killedImportLeavesCompleteCurrentSnapshot(long delayMillis, @TempDir Path dir)
            throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport old = DbFixtures.corpusRecords(dir, "osv/AlmaLinux", "ALSA-2019:0975");
        db.install(old);
        Path zip = FeedFixtures.corpusZip("osv/AlmaLinux");
        Path log = dir.resolve("child.log");

        Process child = startImport(db.root(), zip, log);
        if (child.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        } else {
            child.destroyForcibly().waitFor();
        }

        assertOpensOnCompleteSnapshot(db, old, zip);
    }

    @Test
    void importKilledWhileWritingLeavesCompleteCurrentSnapshot(@TempDir Path dir)
            throws Exception {
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 5);
        FeedImport old = DbFixtures.corpusRecords(dir, "osv/AlmaLinux", "ALSA-2019:0975");
        db.install(old);
        Path zip = FeedFixtures.corpusZip("osv/AlmaLinux");
        Path staging = db.root().resolve(SnapshotFiles.STAGING);

        // Timing alone rarely hits the last second of the import; the staging folder tells.
        Process child = startImport(db.root(), zip, dir.resolve("child.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && !Files.exists(staging) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        boolean caughtWriting = child.isAlive() && Files.exists(staging);
        child.destroyForcibly().waitFor();

        assertThat(caughtWriting || child.exitValue() == 0)
                .as("child either killed while writing or finished cleanly").isTrue();
        assertOpensOnCompleteSnapshot(db, old, zip);
    }

    private static void assertOpensOnCompleteSnapshot(AdvisoryDatabase db, FeedImport old,
            Path zip) throws Exception {
        String current = db.currentDigest().orElseThrow();
        Snapshot snapshot = db.open(null);
        assertThat(snapshot.digest()).isEqualTo(current);
        if (!current.equals(old.digest())) {
            assertThat(snapshot.advisoryCount()).isEqualTo(jsonEntries(zip));
        }
        assertThat(snapshot.lookup("AlmaLinux", "oci-umount"))
                .extracting(entry -> snapshot.advisory(entry.advisory()).id())
                .contains("ALSA-2019:0975");
        int last = snapshot.advisoryCount() - 1;
        assertThat(JSON.readTree(snapshot.recordJson(last)).path("id").asText())
                .isEqualTo(snapshot.advisory(last).id());

        // The next install tidies up whatever the killed one left behind.
        db.install(old);
        assertThat(db.root().resolve(SnapshotFiles.STAGING)).doesNotExist();
        assertThat(db.open(null).digest()).isEqualTo(old.digest());
    }

    private static Process startImport(Path db, Path zip, Path log) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), "org.stellaops.cli.StellaMain",
                "db", "import", "--db", db.toString(), zip.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static long jsonEntries(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().filter(e -> e.getName().endsWith(".json")).count();
        }
    }
}
