// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.List;
import org.stellaops.match.CoverageStatus;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.match.PackageResult;
import org.stellaops.match.ScanReport;
import org.stellaops.match.UnknownMatch;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/** A small scan report with every part filled: a computed and a stated finding, gaps. */
final class ReportFixtures {

    static final String DIGEST = "sha256:" + "ab".repeat(32);

    private ReportFixtures() {
    }

    static ScanReport sample() {
        Finding critical = new Finding("CVE-2021-44228", List.of("GHSA-jfh8-c2jp-5v3q"),
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "2.14.1",
                List.of("2.15.0"),
                new Severity(SeverityLevel.CRITICAL, 10.0,
                        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                        "GHSA-jfh8-c2jp-5v3q CVSS_V3"),
                "Remote code injection in Log4j", List.of("https://logging.apache.org/"),
                List.of(new MatchedRange("GHSA-jfh8-c2jp-5v3q", "Maven",
                        "org.apache.logging.log4j:log4j-core",
                        "ECOSYSTEM [introduced=2.13.0, fixed=2.15.0]",
                        "introduced 2.13.0 <= 2.14.1")));
        Finding stated = new Finding("ALSA-2022:1065", List.of("CVE-2022-0778"),
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8_5?epoch=1&distro=almalinux-8",
                "1:1.1.1k-5.el8_5", List.of(),
                Severity.stated(SeverityLevel.HIGH, "ALSA-2022:1065 stated"),
                "Important: openssl security update", List.of(), List.of());
        PackageResult gap = new PackageResult("pkg:gem/rails@6.0.0", CoverageStatus.NOT_COVERED,
                "RubyGems", "the snapshot holds no RubyGems advisories", List.of(), List.of(),
                List.of());
        UnknownMatch unknown = new UnknownMatch("pkg:npm/left-pad@latest",
                "GHSA-2222-3333-4444", "invalid SemVer version 'latest'");
        return new ScanReport("sbom.cdx.json", DIGEST, "2024-10-04T20:31:00Z",
                List.of("AlmaLinux:8", "Maven", "npm"), 4, List.of(critical, stated),
                List.of(gap), List.of(unknown));
    }
}
