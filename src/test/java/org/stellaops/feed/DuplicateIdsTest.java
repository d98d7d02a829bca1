// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.feed.FeedFixtures.minimalRecord;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One id read twice: identical copies collapse, differing copies are decided by date. */
class DuplicateIdsTest {

    private static final String ID = "PYSEC-2099-1";

    @TempDir
    Path dir;

    @Test
    void countsIdenticalContentAsDuplicateWhateverTheFormatting() throws Exception {
        Path pretty = FeedFixtures.writeJson(dir.resolve("a/r.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "2.0"));
        Path compact = FeedFixtures.writeJson(dir.resolve("b/r.json"), "{\"affected\":[{"
                + "\"ranges\":[{\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"2.0\"}],"
                + "\"type\":\"ECOSYSTEM\"}],\"package\":{\"name\":\"requests\","
                + "\"ecosystem\":\"PyPI\"}}],\"modified\":\"2024-01-01T00:00:00Z\","
                + "\"id\":\"" + ID + "\"}");

        FeedImport feed = read(pretty, compact);

        assertThat(feed.advisories()).hasSize(1);
        assertThat(feed.report().duplicates()).isEqualTo(1);
        assertThat(feed.report().conflicts()).isEmpty();
    }

    @Test
    void countsDuplicatesAndConflictsIndependentlyOfInputOrder() throws Exception {
        Path a = FeedFixtures.writeJson(dir.resolve("a.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "2.0"));
        Path aAgain = FeedFixtures.writeJson(dir.resolve("a-again.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "2.0"));
        Path b = FeedFixtures.writeJson(dir.resolve("b.json"),
                minimalRecord(ID, "2024-02-01T00:00:00Z", "requests", "2.1"));

        for (List<Path> order : List.of(List.of(a, aAgain, b), List.of(a, b, aAgain),
                List.of(b, a, aAgain))) {
            FeedImport feed = read(order.toArray(Path[]::new));

            assertThat(feed.report().duplicates()).as("order %s", order).isEqualTo(1);
            assertThat(feed.report().conflicts()).as("order %s", order).hasSize(1);
        }
    }

    @Test
    void keepsNewestModifiedRegardlessOfInputOrder() throws Exception {
        Path older = FeedFixtures.writeJson(dir.resolve("older.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "2.0"));
        // ".5" sorts before "Z" as text, yet is half a second later.
        Path newer = FeedFixtures.writeJson(dir.resolve("newer.json"),
                minimalRecord(ID, "2024-01-01T00:00:00.5Z", "requests", "2.1"));

        FeedImport forward = read(older, newer);
        FeedImport backward = read(newer, older);

        for (FeedImport feed : List.of(forward, backward)) {
            assertThat(feed.advisories()).singleElement()
                    .extracting(a -> a.record().modified()).isEqualTo("2024-01-01T00:00:00.5Z");
            assertThat(feed.report().duplicates()).isZero();
            assertThat(feed.report().conflicts()).containsExactly("duplicate id " + ID
                    + " with different content: kept " + newer
                    + " (modified 2024-01-01T00:00:00.5Z), dropped " + older
                    + " (modified 2024-01-01T00:00:00Z)");
        }
        assertThat(forward.digest()).isEqualTo(backward.digest());
    }

    @Test
    void breaksTieOnModifiedTheSameWayInEitherOrder() throws Exception {
        Path first = FeedFixtures.writeJson(dir.resolve("first.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "2.0"));
        Path second = FeedFixtures.writeJson(dir.resolve("second.json"),
                minimalRecord(ID, "2024-01-01T00:00:00Z", "requests", "3.0"));

        FeedImport forward = read(first, second);
        FeedImport backward = read(second, first);

        // Canonical bytes decide a tie: "3.0" sorts after "2.0", so that copy wins.
        assertThat(fixedOf(forward)).isEqualTo("3.0");
        assertThat(fixedOf(backward)).isEqualTo("3.0");
        assertThat(forward.digest()).isEqualTo(backward.digest());
        assertThat(forward.report().conflicts()).singleElement().asString()
                .contains("kept " + second).contains("dropped " + first);
    }

    @Test
    void prefersReadableModifiedOverUnreadableOne() throws Exception {
        Path readable = FeedFixtures.writeJson(dir.resolve("readable.json"),
                minimalRecord(ID, "2020-01-01T00:00:00Z", "requests", "2.0"));
        Path unreadable = FeedFixtures.writeJson(dir.resolve("unreadable.json"),
                minimalRecord(ID, "2099-13-45T00:00:00Z", "requests", "9.0"));

        assertThat(fixedOf(read(unreadable, readable))).isEqualTo("2.0");
        assertThat(fixedOf(read(readable, unreadable))).isEqualTo("2.0");
    }

    private static FeedImport read(Path... inputs) throws Exception {
        return FeedFixtures.readStrict(inputs);
    }

    private static String fixedOf(FeedImport feed) {
        return feed.advisories().get(0).record().affected().get(0).ranges().get(0)
                .events().get(1).version();
    }
}
