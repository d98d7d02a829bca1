// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.FeedImporter;
import org.stellaops.feed.ImportOptions;
import org.stellaops.severity.SeverityLevel;

/**
 * The whole shared corpus imports strictly, and the manifest agrees with a count made apart
 * from the importer. One import (several seconds) serves every test of this class.
 */
class CorpusImportTest {

    private static FeedImport feed;
    private static SnapshotManifest manifest;
    private static Snapshot snapshot;
    private static CorpusCount expected;

    @BeforeAll
    static void importCorpus(@TempDir Path dir) throws Exception {
        List<Path> zips = corpusZips();
        feed = new FeedImporter(ImportOptions.STRICT).read(zips);
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 1);
        manifest = db.install(feed);
        snapshot = db.open(null);
        expected = CorpusCount.of(zips);
    }

    @Test
    void importsEveryRecordWithoutRejection() {
        assertThat(feed.report().rejected()).isEmpty();
        assertThat(feed.report().documents()).isEqualTo(expected.documents());
        assertThat(feed.report().conflicts()).hasSize(expected.conflictingIds());
        // The corpus has no conflicting copies, so every extra document is an identical one.
        assertThat(expected.conflictingIds()).isZero();
        assertThat(feed.report().duplicates()).isEqualTo(expected.documents() - expected.ids());
        assertThat(manifest.advisories()).isEqualTo(expected.ids());
        assertThat(snapshot.advisoryCount()).isEqualTo(expected.ids());
    }

    @Test
    void manifestCountsMatchIndependentCount() {
        assertThat(manifest.ecosystems()).isEqualTo(expected.ecosystems());
        assertThat(manifest.withdrawn()).isEqualTo(expected.withdrawn());
        assertThat(manifest.notReported()).isEqualTo(expected.bugfixErrata());
        assertThat(manifest.gitRanges()).isEqualTo(expected.gitRanges());
        // Sanity against the corpus notes: five osv.dev exports and 280 GHSA records.
        assertThat(manifest.ecosystems()).containsKeys("AlmaLinux:8", "AlmaLinux:9", "Bitnami",
                "Go", "PyPI", "crates.io", "npm", "Maven", "NuGet", "Packagist", "RubyGems");
        assertThat(manifest.unknownEcosystems()).containsExactly("purl-type:swift");
    }

    @Test
    void reportsToleratedDeviationsOfRealRecords() {
        String pypi = FeedFixtures.corpusZip("osv/PyPI") + "!PYSEC-2017-27.json: ";

        assertThat(feed.report().warnings())
                .anyMatch(w -> w.startsWith(pypi + "$.affected[0].ranges[0].events"));
    }

    @Test
    void looksUpRealPackagesWithBorrowedSeverity() {
        List<AdvisoryMeta> django = new ArrayList<>();
        snapshot.lookup("PyPI", "Django").forEach(e -> django.add(snapshot.advisory(e.advisory())));

        assertThat(django).extracting(AdvisoryMeta::id)
                .contains("PYSEC-2018-2", "GHSA-5hg3-6c2f-f3wr");
        assertThat(django).filteredOn(m -> m.id().equals("PYSEC-2018-2")).first()
                .satisfies(m -> assertThat(m.severity().source())
                        .isEqualTo("GHSA-5hg3-6c2f-f3wr CVSS_V3"));
        assertThat(snapshot.lookup("PyPI", "pyyaml"))
                .extracting(e -> snapshot.advisory(e.advisory()))
                .filteredOn(m -> m.id().equals("PYSEC-2021-142"))
                .singleElement()
                .satisfies(m -> assertThat(m.severity().level())
                        .isEqualTo(SeverityLevel.CRITICAL));
    }

    private static List<Path> corpusZips() throws Exception {
        List<Path> zips = new ArrayList<>();
        for (String feedFolder : List.of("osv", "osv-ghsa")) {
            try (Stream<Path> folders = Files.list(FeedFixtures.corpus().resolve(feedFolder))) {
                folders.map(f -> f.resolve("all.zip")).filter(Files::isRegularFile).sorted()
                        .forEach(zips::add);
            }
        }
        assertThat(zips).hasSize(13);
        return zips;
    }
}
