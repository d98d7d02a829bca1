// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.db.SnapshotManifest.EcosystemCount;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;

/** The manifest counts everything stored, including what lookups never return. */
class ManifestBuilderTest {

    @TempDir
    Path dir;

    @Test
    void countsWithdrawnErrataGitRangesAndEcosystems() throws Exception {
        // Amazon Linux is missing from the schema's list, yet we compare its versions as RPM.
        FeedFixtures.writeJson(dir.resolve("corpus-feed/amazon.json"), """
                {"id": "ALAS-2099-1", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "Amazon Linux:2023", "name": "curl"}}]}
                """);
        FeedImport feed = DbFixtures.corpusRecords(dir,
                "osv/PyPI", "PYSEC-2017-27",
                "osv-ghsa/Go", "GHSA-qppj-fm5r-hxr3",
                "osv-ghsa/npm", "GHSA-3233-rgx3-c2wh",
                "osv/AlmaLinux", "ALBA-2019:3623",
                "osv/AlmaLinux", "ALSA-2019:0975");

        SnapshotManifest manifest = ManifestBuilder.build(feed);

        assertThat(manifest.formatVersion()).isEqualTo(IndexFormat.VERSION);
        assertThat(manifest.digest()).isEqualTo(feed.digest());
        assertThat(manifest.snapshotDate()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(manifest.advisories()).isEqualTo(6);
        assertThat(manifest.withdrawn()).isEqualTo(1);
        assertThat(manifest.notReported()).isEqualTo(1);
        // PYSEC-2017-27 has one GIT range beside its ECOSYSTEM range.
        assertThat(manifest.gitRanges()).isEqualTo(1);
        // ALBA-2019:3623 names 2 packages of AlmaLinux:8, ALSA-2019:0975 names 6; GHSA-qppj
        // names 4 Go packages and one of an ecosystem we have no version scheme for.
        assertThat(manifest.ecosystems()).isEqualTo(Map.of(
                "AlmaLinux:8", new EcosystemCount(2, 8),
                "Amazon Linux:2023", new EcosystemCount(1, 1),
                "Go", new EcosystemCount(1, 4),
                "PyPI", new EcosystemCount(1, 1),
                "npm", new EcosystemCount(1, 1),
                "purl-type:swift", new EcosystemCount(1, 1)));
        assertThat(manifest.unknownEcosystems()).containsExactly("purl-type:swift");
    }

    @Test
    void storesManifestThatReadsBackEqual() throws Exception {
        FeedImport feed = DbFixtures.corpusRecords(dir, "osv/AlmaLinux", "ALSA-2019:0975");
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 1);

        SnapshotManifest installed = db.install(feed);

        assertThat(db.open(null).manifest()).isEqualTo(installed);
        assertThat(installed).isEqualTo(ManifestBuilder.build(feed));
    }
}
