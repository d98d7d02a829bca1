// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.db.Snapshot;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.SnapshotFixtures;

/** The GHSA part of the corpus, imported as it is and as three copies (FeedReplicator). */
class ReplicasTest {

    @TempDir
    static Path dir;

    private static Snapshot original;
    private static Snapshot tripled;

    @BeforeAll
    static void replicateAndImport() throws Exception {
        Path ghsa = FeedFixtures.corpus().resolve("osv-ghsa");
        Path feed = dir.resolve("feed-3x");
        FeedReplicator.main(new String[] {"--copies", "3", "--out", feed.toString(),
                ghsa.toString()});
        original = SnapshotFixtures.install(dir.resolve("db-1x"), List.of(ghsa));
        tripled = SnapshotFixtures.install(dir.resolve("db-3x"), List.of(feed));
    }

    @Test
    void copiesImportAsDistinctAdvisories() {
        assertThat(tripled.advisoryCount()).isEqualTo(3 * original.advisoryCount());
    }

    @Test
    void everyCopyOfARecordCarriesItsSuffix() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tripled.advisoryCount(); i++) {
            ids.add(tripled.advisory(i).id());
        }
        for (int i = 0; i < original.advisoryCount(); i++) {
            String id = original.advisory(i).id();
            assertThat(ids).contains(id, id + "-r1", id + "-r2");
        }
    }

    @Test
    void aPurlMovedIntoACopyMatchesThatCopyAsTheOriginalMatches() throws Exception {
        PackageMatcher before = new PackageMatcher(original);
        PackageMatcher after = new PackageMatcher(tripled);
        int withFindings = 0;
        for (String purl : CorpusPurls.draw(List.of(FeedFixtures.corpus().resolve("osv-ghsa")),
                200)) {
            List<String> expected = before.match(purl).findings().stream()
                    .map(f -> f.id() + "-r2").toList();
            List<String> actual = after.match(Replicas.purlInCopy(purl, 2)).findings().stream()
                    .map(Finding::id).toList();
            assertThat(actual).as(purl).isEqualTo(expected);
            withFindings += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isPositive();
    }

    @Test
    void theOriginalIsCopyZero() {
        assertThat(Replicas.purlInCopy("pkg:npm/%40scope/name@1.0.0", 0))
                .isEqualTo("pkg:npm/%40scope/name@1.0.0");
        assertThat(Replicas.purlInCopy("pkg:maven/org.example/lib@1.0", 3))
                .isEqualTo("pkg:maven/org.example/lib-r3@1.0");
    }
}
