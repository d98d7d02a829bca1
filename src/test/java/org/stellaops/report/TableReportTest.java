// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.match.ScanReport;

class TableReportTest {

    @Test
    void headerThenOneRowPerFindingThenGaps() {
        List<String> lines = TableReport.render(ReportFixtures.sample()).lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("snapshot " + ReportFixtures.DIGEST
                + " (2024-10-04T20:31:00Z), 4 packages, 2 findings");
        assertThat(lines.get(1)).startsWith("SEVERITY").contains("ID", "SCORE", "FIXED IN");
        assertThat(lines.get(2).split("\\s+")).containsExactly("CRITICAL", "CVE-2021-44228",
                "10.0", "pkg:maven/org.apache.logging.log4j/log4j-core", "2.14.1", "2.15.0");
        // a stated severity has no score and this finding no fix: both show as "-"
        assertThat(lines.get(3).split("\\s+")).containsExactly("HIGH", "ALSA-2022:1065", "-",
                "pkg:rpm/almalinux/openssl", "1:1.1.1k-5.el8_5", "-");
        assertThat(lines.get(4)).isEqualTo(
                "NOT COVERED pkg:gem/rails@6.0.0: the snapshot holds no RubyGems advisories");
        assertThat(lines.get(5))
                .isEqualTo("1 advisories could not be evaluated (see --format json)");
    }

    @Test
    void noFindingsMeansNoHeader() {
        ScanReport sample = ReportFixtures.sample();
        ScanReport clean = new ScanReport(sample.target(), sample.snapshotDigest(),
                sample.snapshotDate(), sample.coveredEcosystems(), 1, List.of(), List.of(),
                List.of());

        assertThat(TableReport.render(clean)).isEqualTo("snapshot " + ReportFixtures.DIGEST
                + " (2024-10-04T20:31:00Z), 1 packages, 0 findings" + System.lineSeparator());
    }
}
