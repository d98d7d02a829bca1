// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Go vulnerability database (osv/Go, golang/vulndb): module paths with capitals. */
class GoCorpusTest {

    @TempDir
    static Path dir;

    private static PackageMatcher matcher;

    @BeforeAll
    static void importCorpus() throws Exception {
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"),
                List.of(SnapshotFixtures.corpus().resolve("osv/Go/all.zip"))));
    }

    @Test
    void capitalisedModulePathMatchesAsTheSbomWritesIt() {
        // GO-2024-2918: github.com/Azure/azure-sdk-for-go/sdk/azidentity [0, 1.6.0)
        List<Finding> findings = matcher.match(
                "pkg:golang/github.com/Azure/azure-sdk-for-go/sdk/azidentity@v1.5.0").findings();

        assertThat(findings).extracting(Finding::id).contains("CVE-2024-35255");
        assertThat(findings).filteredOn(f -> f.id().equals("CVE-2024-35255")).singleElement()
                .satisfies(f -> assertThat(f.fixedVersions()).containsExactly("1.6.0"));
    }

    @Test
    void lowerCasedModulePathAsThePurlSpecWritesItMatchesToo() {
        assertThat(matcher.match(
                "pkg:golang/github.com/azure/azure-sdk-for-go/sdk/azidentity@v1.5.0").findings())
                .extracting(Finding::id).contains("CVE-2024-35255");
    }

    @Test
    void fixedModuleVersionIsNotAffected() {
        assertThat(matcher.match(
                "pkg:golang/github.com/Azure/azure-sdk-for-go/sdk/azidentity@v1.6.0").findings())
                .extracting(Finding::id).doesNotContain("CVE-2024-35255");
    }
}
