// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

class TableReportTest {

    private static final String DIGEST = "sha256:58ad2712" + "0".repeat(56);

    @TempDir
    Path dir;

    @Test
    void findingsAreGroupedByPackageWorstFirst() throws Exception {
        List<String> lines = TableReport.render(ReportScans.mixed(dir), false).lines().toList();

        assertThat(lines.get(0).split("\\s+")).containsExactly("", "SEVERITY", "ID", "SCORE",
                "INSTALLED", "FIXED", "IN", "TITLE");
        assertThat(lines.get(1)).isEqualTo("pkg:npm/alpha 1.0.0 (2 findings, 2 components)");
        assertThat(lines.get(2).strip().split("\\s+")).containsExactly("CRITICAL",
                "CVE-2024-2000", "9.8", "1.0.0", "1.5.0", "Alpha", "runs", "code", "it", "is",
                "sent");
        assertThat(lines.get(3).strip().split("\\s+")).startsWith("HIGH", "CVE-2024-1000",
                "7.5", "1.0.0", "2.0.0", "Alpha");
        assertThat(lines.get(4)).isEqualTo("pkg:npm/beta 1.0.0 (1 finding, 1 component)");
        // a stated level has no score
        assertThat(lines.get(5).strip().split("\\s+")).startsWith("MEDIUM",
                "GHSA-2222-3333-6666", "-", "1.0.0", "1.5.0");
        assertThat(lines.get(6)).isEmpty();
        // every column starts where the header says
        int fixedAt = lines.get(0).indexOf("FIXED IN");
        assertThat(lines.get(2).indexOf("1.5.0")).isEqualTo(fixedAt);
        assertThat(lines.get(5).indexOf("1.5.0")).isEqualTo(fixedAt);
    }

    @Test
    void summaryCountsSeveritiesGapsAndDatesTheSnapshot() throws Exception {
        ScanResult result = ReportScans.mixed(dir);
        List<String> lines = TableReport.render(result, false).lines().toList();

        String shortDigest = result.report().snapshotDigest().substring(7, 15);
        assertThat(lines.subList(7, lines.size())).containsExactly(
                "6 packages, 3 findings: 1 critical, 1 high, 1 medium, 0 low, 0 unknown",
                "8 components, 3 not matched, 1 inferred purl",
                "not covered: PyPI (1 package), pkg:generic (1 package)",
                "snapshot " + shortDigest + " (2024-05-01, 3 days before the reference time)",
                "1 advisory could not be evaluated (see --format json)",
                "1 SBOM warning (see --format json)");
    }

    @Test
    void cleanScanPrintsOnlyTheSummary() throws Exception {
        ScanResult result = ReportScans.clean(dir);

        String table = TableReport.render(result, false);

        assertThat(table.lines().toList()).containsExactly(
                "1 package, 0 findings: 0 critical, 0 high, 0 medium, 0 low, 0 unknown",
                "1 component, 0 not matched, 0 inferred purls",
                "not covered: none",
                "snapshot " + result.report().snapshotDigest().substring(7, 15)
                        + " (2024-05-01, taken at the reference time)");
        assertThat(table).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void colourOnlyWhenAskedAndOnlyAsDecoration() throws Exception {
        ScanResult result = ReportScans.mixed(dir);

        String plain = TableReport.render(result, false);
        String coloured = TableReport.render(result, true);

        assertThat(plain).doesNotContain("\u001b");
        assertThat(coloured).contains("\u001b[1;31mCRITICAL").contains("\u001b[33mMEDIUM");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void controlCharactersFromAdvisoriesNeverReachTheTerminal() throws Exception {
        List<String> lines = TableReport.render(ReportScans.mixed(dir), false).lines().toList();

        // the beta summary holds ESC ] 0 ; ... BEL and a newline: one row, marked, not obeyed
        assertThat(lines.get(5)).endsWith("Beta ?]0;pwned? leaks memory");
        assertThat(lines.get(6)).isEmpty();
    }

    @Test
    void juiceShopFitsTheWidthWithLodashGroupedAndWorstPackagesFirst() throws Exception {
        List<String> lines = TableReport.render(ReportScans.juiceShop(dir), false).lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        int lodash = lines.indexOf("pkg:npm/lodash 2.4.2 (5 findings, 1 component)");
        assertThat(lodash).isPositive();
        assertThat(lines.get(lodash + 1))
                .containsPattern("^  CRITICAL +CVE-2019-10744 +9\\.1 +2\\.4\\.2 +4\\.17\\.12 ");
        List<SeverityLevel> worstPerGroup = new ArrayList<>();
        Map<SeverityLevel, Integer> rows = new EnumMap<>(SeverityLevel.class);
        int end = lines.indexOf("");
        for (int i = 1; i < end; i++) {
            if (!lines.get(i).startsWith(" ")) {
                worstPerGroup.add(SeverityLevel.valueOf(lines.get(i + 1).strip().split(" ")[0]));
            } else {
                rows.merge(SeverityLevel.valueOf(lines.get(i).strip().split(" ")[0]), 1,
                        Integer::sum);
            }
        }
        assertThat(worstPerGroup).hasSizeGreaterThan(1)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        // the summary counts the rows above it
        assertThat(lines.get(end + 1)).isEqualTo("840 packages, 22 findings: "
                + rows.getOrDefault(SeverityLevel.CRITICAL, 0) + " critical, "
                + rows.getOrDefault(SeverityLevel.HIGH, 0) + " high, "
                + rows.getOrDefault(SeverityLevel.MEDIUM, 0) + " medium, "
                + rows.getOrDefault(SeverityLevel.LOW, 0) + " low, 0 unknown");
        assertThat(rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(22);
    }

    @Test
    void snapshotAgeIsMeasuredFromTheReferenceTimeNeverTheClock() {
        assertThat(TableSummary.snapshot(DIGEST, "2024-05-01T00:00:00Z", "2024-05-04T12:00:00Z"))
                .isEqualTo("snapshot 58ad2712 (2024-05-01, 3 days before the reference time)");
        assertThat(TableSummary.snapshot(DIGEST, "2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z"))
                .endsWith("(2024-05-01, 1 day before the reference time)");
        assertThat(TableSummary.snapshot(DIGEST, "2024-05-01T00:00:00Z", "2024-05-01T06:00:00Z"))
                .endsWith("(2024-05-01, less than a day before the reference time)");
        assertThat(TableSummary.snapshot(DIGEST, "2024-05-01T00:00:00Z", "2024-04-29T00:00:00Z"))
                .endsWith("(2024-05-01, 2 days after the reference time)");
        assertThat(TableSummary.snapshot(DIGEST, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z"))
                .endsWith("(2024-05-01, taken at the reference time)");
    }

    @Test
    void packageNameDropsVersionQualifiersAndSubpathButKeepsAnUnencodedScope() {
        assertThat(TablePackage.nameOf("pkg:npm/lodash@4.17.19")).isEqualTo("pkg:npm/lodash");
        assertThat(TablePackage.nameOf("pkg:npm/@angular/core@9.0.0"))
                .isEqualTo("pkg:npm/@angular/core");
        assertThat(TablePackage.nameOf("pkg:rpm/almalinux/openssl@1.1.1k-5.el8_5?epoch=1"
                + "&distro=almalinux-8")).isEqualTo("pkg:rpm/almalinux/openssl");
        assertThat(TablePackage.nameOf("pkg:golang/github.com/x/net@v0.1.0#http2"))
                .isEqualTo("pkg:golang/github.com/x/net");
    }
}
