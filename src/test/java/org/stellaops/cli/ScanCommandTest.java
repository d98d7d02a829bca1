// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
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
        // grouped by package: the lodash 2.4.2 heading, then its worst finding first
        assertThat(result.out()).contains("840 packages")
                .containsPattern("(?m)^pkg:npm/lodash 2\\.4\\.2 .*\\n"
                        + "  CRITICAL +CVE-2019-10744 +9\\.1 +2\\.4\\.2 +4\\.17\\.12 ");
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
        assertThat(root.path("schemaVersion").asText()).startsWith("1.");
        assertThat(root.path("target").path("ref").asText()).isEqualTo(sbom.toString());
        assertThat(root.path("target").path("format").asText()).isEqualTo("cyclonedx-json");
        assertThat(root.path("advisorySnapshot").path("digest").asText()).startsWith("sha256:");
        assertThat(root.path("counts").path("packages").asInt()).isEqualTo(2);
        assertThat(root.path("counts").path("bySeverity").path("high").asInt()).isEqualTo(1);
        JsonNode finding = root.path("findings").get(0);
        assertThat(finding.path("id").asText()).isEqualTo("CVE-2024-1000");
        assertThat(finding.path("fixed").get(0).asText()).isEqualTo("2.0.0");
        assertThat(finding.path("components").get(0).asText()).isEqualTo("c1");
        assertThat(root.path("unmatched").get(0).path("purl").asText())
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
        assertThat(root.path("advisorySnapshot").path("digest").asText())
                .isEqualTo(Files.readString(Path.of("examples/db/current")).strip());
        assertThat(root.path("counts").path("packages").asInt()).isEqualTo(840);
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
    void jsonOfNoKnownFormatExitsTwoAndSaysWhatWasTried() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"not an sbom\", \"items\": []}");

        Stella.Result result = Stella.run("scan", "--db", "examples/db", other.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).startsWith("error: " + other).contains("CycloneDX")
                .contains("SPDX").contains("Trivy");
    }

    @Test
    void truncatedSbomExitsTwoWithThePosition() throws Exception {
        Path sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0");
        String text = Files.readString(sbom);
        Files.writeString(sbom, text.substring(0, text.length() / 2));

        Stella.Result result = Stella.run("scan", "--db", "examples/db", sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).startsWith("error: " + sbom).contains("line");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void xmlWithADoctypeIsRefused() throws Exception {
        Path xml = dir.resolve("laughs.cdx.xml");
        Files.writeString(xml, """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components><component type="library"><name>&b;</name></component></components>
                </bom>
                """);

        Stella.Result result = Stella.run("scan", "--db", "examples/db", xml.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).startsWith("error: " + xml).containsIgnoringCase("DOCTYPE");
    }

    @Test
    void standardInputIsReadWhenTargetIsDash() throws Exception {
        Path db = CliFixtures.importRecords(dir, CliFixtures.HIGH_ALPHA);
        Path sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0");
        java.io.InputStream original = System.in;
        Stella.Result result;
        try {
            System.setIn(Files.newInputStream(sbom));
            result = Stella.run("scan", "--db", db.toString(), "--format", "json",
                    "--threshold", "high", "-");
        } finally {
            System.setIn(original);
        }

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.path("target").path("ref").asText()).isEqualTo("-");
        assertThat(root.path("findings")).hasSize(1);
    }

    @Test
    void everyFormatIsByteStableAndOutputJsonIsAlsoWritten() throws Exception {
        for (String format : new String[] {"table", "json", "cyclonedx", "sarif"}) {
            Path extra = dir.resolve(format + ".report.json");
            Stella.Result first = Stella.run("scan", "--db", "examples/db", "--format", format,
                    "--output-json", extra.toString(), JUICE_SHOP);
            Stella.Result second = Stella.run("scan", "--db", "examples/db", "--format", format,
                    JUICE_SHOP);

            assertThat(first.exit()).as(first.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
            assertThat(first.out()).as(format).isEqualTo(second.out()).isNotBlank();
            assertThat(new ObjectMapper().readTree(Files.readString(extra))
                    .path("findings").size()).isEqualTo(22);
        }
    }

    @Test
    void asOfSetsTheReferenceTimeOfEveryReport() throws Exception {
        Stella.Result json = Stella.run("scan", "--db", "examples/db", "--format", "json",
                "--as-of", "2026-02-01T10:00:00+02:00", JUICE_SHOP);
        Stella.Result cdx = Stella.run("scan", "--db", "examples/db", "--format", "cyclonedx",
                "--as-of", "2026-02-01T10:00:00+02:00", JUICE_SHOP);
        Stella.Result bad = Stella.run("scan", "--db", "examples/db", "--as-of", "soon",
                JUICE_SHOP);

        assertThat(new ObjectMapper().readTree(json.out()).path("referenceTime").asText())
                .isEqualTo("2026-02-01T08:00:00Z");
        assertThat(new ObjectMapper().readTree(cdx.out()).path("metadata").path("timestamp")
                .asText()).isEqualTo("2026-02-01T08:00:00Z");
        assertThat(bad.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(bad.err()).contains("--as-of must be an RFC 3339 time");
    }

    @Test
    void deltaWithoutAServerExitsTwo() {
        // run where STELLA_SERVER is set, the scan would go to that server instead
        Assumptions.assumeTrue(System.getenv("STELLA_SERVER") == null);

        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--delta", JUICE_SHOP);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--delta needs a server");
        assertThat(result.out()).isEmpty();
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
