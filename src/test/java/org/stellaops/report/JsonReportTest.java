// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.ScanMatcher;
import org.stellaops.match.ScanReport;
import org.stellaops.match.SnapshotFixtures;
import org.stellaops.sbom.CycloneDxPurls;

class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SBOM = Path.of("examples/sbom/juice-shop-11.1.2.cdx.json");

    @TempDir
    Path dir;

    @Test
    void reportCarriesFormatSnapshotAndSummary() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(ReportFixtures.sample()));

        assertThat(root.path("format").asText()).isEqualTo("stella-report/1");
        assertThat(root.path("target").asText()).isEqualTo("sbom.cdx.json");
        assertThat(root.path("snapshot").path("digest").asText()).isEqualTo(ReportFixtures.DIGEST);
        assertThat(root.path("snapshot").path("date").asText()).isEqualTo("2024-10-04T20:31:00Z");
        assertThat(texts(root.path("coveredEcosystems")))
                .containsExactly("AlmaLinux:8", "Maven", "npm");
        JsonNode summary = root.path("summary");
        assertThat(summary.path("packages").asInt()).isEqualTo(4);
        assertThat(summary.path("findings").asInt()).isEqualTo(2);
        assertThat(summary.path("notCovered").asInt()).isEqualTo(1);
        assertThat(summary.path("unknown").asInt()).isEqualTo(1);
        assertThat(JSON.convertValue(summary.path("bySeverity"), java.util.Map.class))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("critical", 1, "high", 1,
                        "medium", 0, "low", 0, "none", 0, "unknown", 0));
    }

    @Test
    void findingCarriesEveryDocumentedField() throws Exception {
        JsonNode findings = JSON.readTree(JsonReport.render(ReportFixtures.sample()))
                .path("findings");

        JsonNode first = findings.get(0);
        assertThat(first.path("id").asText()).isEqualTo("CVE-2021-44228");
        assertThat(texts(first.path("aliases"))).containsExactly("GHSA-jfh8-c2jp-5v3q");
        assertThat(first.path("purl").asText())
                .isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        assertThat(first.path("installedVersion").asText()).isEqualTo("2.14.1");
        assertThat(texts(first.path("fixedVersions"))).containsExactly("2.15.0");
        assertThat(first.path("severity").path("level").asText()).isEqualTo("critical");
        assertThat(first.path("severity").path("score").asDouble()).isEqualTo(10.0);
        assertThat(first.path("severity").path("source").asText())
                .isEqualTo("GHSA-jfh8-c2jp-5v3q CVSS_V3");
        assertThat(first.path("summary").asText()).isEqualTo("Remote code injection in Log4j");
        JsonNode range = first.path("matchedRanges").get(0);
        assertThat(range.path("advisory").asText()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
        assertThat(range.path("package").asText()).isEqualTo("org.apache.logging.log4j:log4j-core");
        assertThat(range.path("range").asText())
                .isEqualTo("ECOSYSTEM [introduced=2.13.0, fixed=2.15.0]");
        // a stated severity has no score; the field is there, as null
        JsonNode stated = findings.get(1).path("severity");
        assertThat(stated.has("score")).isTrue();
        assertThat(stated.path("score").isNull()).isTrue();
        assertThat(stated.path("vector").isNull()).isTrue();
    }

    @Test
    void gapsAreListedWithTheirReasons() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(ReportFixtures.sample()));

        JsonNode gap = root.path("notCovered").get(0);
        assertThat(gap.path("purl").asText()).isEqualTo("pkg:gem/rails@6.0.0");
        assertThat(gap.path("status").asText()).isEqualTo("not_covered");
        assertThat(gap.path("ecosystem").asText()).isEqualTo("RubyGems");
        assertThat(gap.path("reason").asText()).contains("no RubyGems advisories");
        JsonNode unknown = root.path("unknown").get(0);
        assertThat(unknown.path("advisory").asText()).isEqualTo("GHSA-2222-3333-4444");
        assertThat(unknown.path("reason").asText()).contains("latest");
    }

    @Test
    void summaryCountsAgreeWithTheFindingsOfARealScan() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(scanWithFreshImport(dir.resolve("a"))));

        JsonNode findings = root.path("findings");
        JsonNode bySeverity = root.path("summary").path("bySeverity");
        assertThat(root.path("summary").path("findings").asInt())
                .isEqualTo(findings.size()).isPositive();
        int total = 0;
        for (String level : List.of("critical", "high", "medium", "low", "none", "unknown")) {
            long listed = 0;
            for (JsonNode finding : findings) {
                listed += finding.path("severity").path("level").asText().equals(level) ? 1 : 0;
            }
            assertThat(bySeverity.path(level).asInt()).as(level).isEqualTo((int) listed);
            total += bySeverity.path(level).asInt();
        }
        assertThat(total).isEqualTo(findings.size());
        assertThat(root.path("summary").path("packages").asInt()).isEqualTo(840);
    }

    @Test
    void sameSbomAndSnapshotGiveByteIdenticalReports() throws Exception {
        String first = JsonReport.render(scanWithFreshImport(dir.resolve("first")));
        String second = JsonReport.render(scanWithFreshImport(dir.resolve("second")));

        assertThat(second).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain(dir.toString());
    }

    /** Imports examples/advisories into a database of its own and scans the example SBOM. */
    private static ScanReport scanWithFreshImport(Path db) throws Exception {
        PackageMatcher matcher = new PackageMatcher(
                SnapshotFixtures.install(db, List.of(Path.of("examples/advisories"))));
        return new ScanMatcher(matcher).scan(SBOM.toString(), CycloneDxPurls.read(SBOM));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
