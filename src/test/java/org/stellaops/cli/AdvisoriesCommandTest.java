// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.match.SnapshotFixtures;

/** {@code stella advisories PURL}: the explain trace. */
class AdvisoriesCommandTest {

    private static final String TWO_RANGES = SnapshotFixtures.record("PYSEC-2024-1", "PyPI",
            "demo", """
            [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]},
             {"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.5"}]}]""",
            "\"aliases\": [\"CVE-2024-3000\"]");

    @TempDir
    Path dir;

    @Test
    void printsOneTraceLinePerRangeEvaluated() throws Exception {
        Path db = CliFixtures.importRecords(dir, TWO_RANGES, CliFixtures.HIGH_ALPHA);

        Stella.Result result = Stella.run("advisories", "--db", db.toString(),
                "pkg:pypi/demo@2.1");

        assertThat(result.exit()).as(result.err()).isZero();
        List<String> trace = result.out().lines().filter(l -> l.contains("  -> ")).toList();
        assertThat(trace).containsExactly(
                "  PYSEC-2024-1  PyPI/demo  ECOSYSTEM [introduced=0, fixed=1.0]  -> not affected "
                        + "(fixed 1.0 <= 2.1)",
                "  PYSEC-2024-1  PyPI/demo  ECOSYSTEM [introduced=2.0, fixed=2.5]  -> affected "
                        + "(introduced 2.0 <= 2.1)");
        assertThat(result.out()).contains("ecosystem PyPI (covered)")
                .contains("ranges evaluated: 2").contains("findings: 1")
                .contains("CVE-2024-3000 [PYSEC-2024-1] fixed in 2.5");
    }

    @Test
    void olderKeptSnapshotAnswersWithItsOwnAdvisories() throws Exception {
        Path db = CliFixtures.importRecords(dir.resolve("old"), TWO_RANGES);
        String older = Files.readString(db.resolve("current")).strip();
        Path newer = SnapshotFixtures.writeRecords(dir.resolve("new"), CliFixtures.HIGH_ALPHA);
        assertThat(Stella.run("db", "import", "--db", db.toString(), newer.toString()).exit())
                .isZero();

        Stella.Result current = Stella.run("advisories", "--db", db.toString(),
                "pkg:pypi/demo@2.1");
        Stella.Result kept = Stella.run("advisories", "--db", db.toString(),
                "--snapshot", older.substring("sha256:".length(), "sha256:".length() + 12),
                "pkg:pypi/demo@2.1");

        assertThat(current.out()).contains("NOT COVERED").doesNotContain("PYSEC-2024-1");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("snapshot  " + older)
                .contains("ranges evaluated: 2").contains("findings: 1");
    }

    @Test
    void unknownSnapshotDigestExitsTwo() throws Exception {
        Path db = CliFixtures.importRecords(dir, TWO_RANGES);

        Stella.Result result = Stella.run("advisories", "--db", db.toString(),
                "--snapshot", "deadbeefdeadbeef", "pkg:pypi/demo@2.1");

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("no kept snapshot matches deadbeefdeadbeef");
    }

    @Test
    void notCoveredAndUnmappablePackagesSayWhy() throws Exception {
        Path db = CliFixtures.importRecords(dir, TWO_RANGES);

        String notCovered = Stella.run("advisories", "--db", db.toString(),
                "pkg:gem/rails@6.0.0").out();
        String unmappable = Stella.run("advisories", "--db", db.toString(),
                "pkg:pypi/demo").out();

        assertThat(notCovered).contains("ecosystem RubyGems NOT COVERED: "
                + "the snapshot holds no RubyGems advisories");
        assertThat(unmappable).contains("not matchable: purl has no version");
    }
}
