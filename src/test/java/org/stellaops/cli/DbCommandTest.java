// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.match.SnapshotFixtures;

/** {@code stella db import} and {@code stella db status}. */
class DbCommandTest {

    @TempDir
    Path dir;

    @Test
    void importOfMalformedFileExitsTwoNamingFilePositionAndReason() throws Exception {
        Path broken = dir.resolve("GHSA-2222-3333-4444.json");
        Files.writeString(broken, """
                {
                  "id": "GHSA-2222-3333-4444",
                  "modified": 2024-05-01
                }
                """);

        Stella.Result result = Stella.run("db", "import", "--db", dir.resolve("db").toString(),
                broken.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains(broken.toString()).contains("line 3, column")
                .contains("malformed JSON");
        assertThat(dir.resolve("db").resolve("current")).doesNotExist();
    }

    @Test
    void importOfSchemaInvalidRecordNamesTheJsonPath() throws Exception {
        Path invalid = dir.resolve("GHSA-2222-3333-4444.json");
        Files.writeString(invalid, """
                {"id": "GHSA-2222-3333-4444", "modified": "2024-05-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "npm", "name": "a"},
                               "ranges": [{"type": "SEMVER", "events": "none"}]}]}
                """);

        Stella.Result result = Stella.run("db", "import", "--db", dir.resolve("db").toString(),
                invalid.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains(invalid.toString()).contains("$.affected[0]");
    }

    @Test
    void importPrintsDigestDateAndCounts() throws Exception {
        Path feed = SnapshotFixtures.writeRecords(dir.resolve("feed"),
                CliFixtures.HIGH_ALPHA, CliFixtures.UNRATED_BETA);

        Stella.Result result = Stella.run("db", "import", "--db", dir.resolve("db").toString(),
                feed.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Stella.importedDigest(result)).matches("sha256:[0-9a-f]{64}");
        assertThat(result.out()).contains("date     2024-05-01T00:00:00Z")
                .contains("records  2 (withdrawn 0, not reported 0, GIT ranges ignored 0)")
                .contains("read     2 documents");
    }

    @Test
    void statusShowsDigestDateAndPerEcosystemCounts() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.HIGH_ALPHA, CliFixtures.UNRATED_BETA,
                SnapshotFixtures.record("PYSEC-2024-1", "PyPI", "flask",
                        SnapshotFixtures.fixedRange("0", "2.3.2"), ""));
        String digest = Files.readString(db.resolve("current")).strip();

        Stella.Result result = Stella.run("db", "status", "--db", db.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("snapshot   " + digest)
                .contains("date       2024-05-01T00:00:00Z (")
                .contains("advisories 3 (withdrawn 0, not reported 0)")
                .containsPattern("(?m)^  npm +2 +2$")
                .containsPattern("(?m)^  PyPI +1 +1$")
                .contains("  " + digest + "  2024-05-01T00:00:00Z (current)");
    }

    @Test
    void statusListsKeptSnapshotsOldestFirst() throws Exception {
        Path db = CliFixtures.importRecords(dir.resolve("one"), CliFixtures.HIGH_ALPHA);
        String first = Files.readString(db.resolve("current")).strip();
        Path feed = SnapshotFixtures.writeRecords(dir.resolve("two"), CliFixtures.UNRATED_BETA);
        String second = Stella.importedDigest(
                Stella.run("db", "import", "--db", db.toString(), feed.toString()));

        String out = Stella.run("db", "status", "--db", db.toString()).out();

        assertThat(out).contains("snapshot   " + second);
        assertThat(out.indexOf("  " + first + "  ")).isPositive()
                .isLessThan(out.indexOf("  " + second + "  "));
        assertThat(out).contains(second + "  2024-05-01T00:00:00Z (current)")
                .doesNotContain(first + "  2024-05-01T00:00:00Z (current)");
    }

    @Test
    void statusWithoutSnapshotExitsTwo() {
        Stella.Result result = Stella.run("db", "status", "--db", dir.resolve("none").toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("stella db import");
    }
}
