// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stella scan} end to end: exit codes, formats, output file, input errors. */
class ScanCommandTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";

    @TempDir
    Path dir;

    @Test
    void juiceShopFailsAtTheDefaultCriticalThreshold() {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", JUICE_SHOP);

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(result.out()).contains("840 packages")
                .containsPattern("CRITICAL +CVE-2019-10744 +9\\.1 +pkg:npm/lodash +2\\.4\\.2"
                        + " +4\\.17\\.12");
    }

    @Test
    void cleanSbomPassesEvenAtTheLowestThreshold() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.HIGH_ALPHA);
        Path sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@2.0.0", "pkg:npm/gamma@1.0.0");

        Stella.Result result = Stella.run("scan", "--db", db.toString(), "--threshold", "low",
                sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(result.out()).contains("2 packages, 0 findings");
    }

    @Test
    void highFindingFailsAtLowAndHighButNotAtCritical() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.HIGH_ALPHA);
        String sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0").toString();

        assertThat(scanExit(db, sbom, "--threshold", "low")).isEqualTo(1);
        assertThat(scanExit(db, sbom, "--threshold", "high")).isEqualTo(1);
        assertThat(scanExit(db, sbom, "--threshold", "CRITICAL")).isEqualTo(0);
        assertThat(scanExit(db, sbom)).isEqualTo(0);
    }

    @Test
    void unratedFindingFailsOnlyWithFailOnUnknown() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.UNRATED_BETA);
        String sbom = CliFixtures.sbom(dir, "pkg:npm/beta@1.0.0").toString();

        assertThat(scanExit(db, sbom, "--threshold", "low")).isEqualTo(0);
        assertThat(scanExit(db, sbom, "--threshold", "critical", "--fail-on-unknown"))
                .isEqualTo(1);
    }

    @Test
    void jsonFormatParsesAndHasTheDocumentedFields() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.HIGH_ALPHA);
        Path sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0", "pkg:pypi/flask@2.0.0");

        Stella.Result result = Stella.run("scan", "--db", db.toString(), "--format", "json",
                sbom.toString());

        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.path("format").asText()).isEqualTo("stella-report/1");
        assertThat(root.path("target").asText()).isEqualTo(sbom.toString());
        assertThat(root.path("snapshot").path("digest").asText()).startsWith("sha256:");
        assertThat(root.path("summary").path("packages").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("bySeverity").path("high").asInt()).isEqualTo(1);
        assertThat(root.path("findings").get(0).path("id").asText()).isEqualTo("CVE-2024-1000");
        assertThat(root.path("findings").get(0).path("fixedVersions").get(0).asText())
                .isEqualTo("2.0.0");
        assertThat(root.path("notCovered").get(0).path("purl").asText())
                .isEqualTo("pkg:pypi/flask@2.0.0");
    }

    @Test
    void outputOptionWritesTheReportToAFileAndNothingToStandardOutput() throws Exception {
        Path report = dir.resolve("report.json");

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--output", report.toString(), JUICE_SHOP);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(result.out()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(Files.readString(report));
        assertThat(root.path("snapshot").path("digest").asText())
                .isEqualTo(Files.readString(Path.of("examples/db/current")).strip());
        assertThat(root.path("summary").path("packages").asInt()).isEqualTo(840);
    }

    @Test
    void scanWithoutSnapshotExitsTwoAndSaysToImport() throws Exception {
        String sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0").toString();

        Stella.Result result = Stella.run("scan", "--db", dir.resolve("empty").toString(), sbom);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("no advisory snapshot").contains("stella db import");
    }

    @Test
    void missingSbomFileExitsTwo() {
        Stella.Result result = Stella.run("scan", "--db", "examples/db",
                dir.resolve("absent.json").toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("absent.json: no such SBOM file");
    }

    @Test
    void jsonThatIsNotCycloneDxExitsTwo() throws Exception {
        Path spdx = dir.resolve("spdx.json");
        Files.writeString(spdx, "{\"spdxVersion\": \"SPDX-2.3\", \"packages\": []}");

        Stella.Result result = Stella.run("scan", "--db", "examples/db", spdx.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("not a CycloneDX JSON document");
    }

    @Test
    void unknownThresholdExitsTwo() {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--threshold", "bogus",
                JUICE_SHOP);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--threshold must be low, medium, high or critical")
                .contains("bogus");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "xml",
                JUICE_SHOP);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--format").contains("xml");
    }

    private static int scanExit(Path db, String sbom, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "scan";
        args[1] = "--db";
        args[2] = db.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = sbom;
        return Stella.run(args).exit();
    }
}
