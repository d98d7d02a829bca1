// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions of one interval share their findings ({@link VersionIntervals}): a scan must answer
 * exactly what a full evaluation of every range answers, whichever version of the interval was
 * met first. The reference is the traced {@code match}, which never shares. Real advisories:
 * the PyPA database and GitHub's PyPI advisories of the corpus.
 */
class IntervalSharingTest {

    private static final List<String> PACKAGES = List.of(
            "requests", "django", "urllib3", "pillow", "jinja2", "cryptography", "aiohttp");

    @TempDir
    static Path dir;

    private static PackageMatcher matcher;

    @BeforeAll
    static void importCorpus() throws Exception {
        Path corpus = SnapshotFixtures.corpus();
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"), List.of(
                corpus.resolve("osv/PyPI/all.zip"), corpus.resolve("osv-ghsa/PyPI/all.zip"))));
    }

    @Test
    void sharedAnswersEqualFullEvaluationOverAGridOfVersions() {
        List<String> purls = new ArrayList<>();
        for (String name : PACKAGES) {
            for (int major = 0; major <= 5; major++) {
                for (int minor = 0; minor <= 32; minor += 2) {
                    for (String tail : List.of("", ".0", ".1", ".3", ".0rc1", ".1.post1",
                            ".2+local", ".0.0")) {
                        purls.add("pkg:pypi/" + name + "@" + major + "." + minor + tail);
                    }
                }
            }
        }
        // an order unrelated to versions, so intervals are first met by any of their versions
        Collections.shuffle(purls, new Random(7));
        int withFindings = 0;
        for (String purl : purls) {
            PackageResult shared = matcher.matchFindings(purl);
            List<Finding> reference = matcher.match(purl).findings();
            assertThat(shared.findings()).as(purl).isEqualTo(reference);
            withFindings += reference.isEmpty() ? 0 : 1;
        }
        // the grid must reach into affected versions, or it proves nothing
        assertThat(withFindings).isGreaterThan(purls.size() / 4);
    }

    @Test
    void aVersionMetSecondInItsIntervalIsQuotedAsWritten() {
        // requests [2.3.0, 2.31.0) is CVE-2023-32681; 2.30.0 and 2.30 are one version in PEP 440
        matcher.matchFindings("pkg:pypi/requests@2.30.0");
        List<Finding> findings = matcher.matchFindings("pkg:pypi/requests@2.30").findings();

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.purl()).isEqualTo("pkg:pypi/requests@2.30");
            assertThat(f.installedVersion()).isEqualTo("2.30");
            assertThat(f.matchedRanges()).allSatisfy(range -> assertThat(range.reason())
                    .containsPattern("(^| )2\\.30( |$)").doesNotContain("2.30.0"));
        });
        assertThat(findings).extracting(Finding::id).contains("CVE-2023-32681");
    }

    @Test
    void versionsAcrossABoundaryDoNotShare() {
        // 2.31.0 fixes CVE-2023-32681: the next interval up must not inherit the finding
        matcher.matchFindings("pkg:pypi/requests@2.30.0");
        assertThat(matcher.matchFindings("pkg:pypi/requests@2.31.0").findings())
                .extracting(Finding::id).doesNotContain("CVE-2023-32681");
        assertThat(matcher.matchFindings("pkg:pypi/requests@2.31.0rc1").findings())
                .extracting(Finding::id).contains("CVE-2023-32681");
    }
}
