// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.feed.FeedFixtures.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user may name on the command line: a zip, a folder of records, a single record. */
class FeedInputsTest {

    @TempDir
    Path dir;

    private final List<FeedDocument> read = new ArrayList<>();

    @Test
    void walksFolderRecursivelyInNameOrderIncludingZips() throws Exception {
        FeedFixtures.writeJson(dir.resolve("b/PYSEC-2.json"), "{}");
        FeedFixtures.writeJson(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        FeedFixtures.zip(dir.resolve("c/all.zip"), Map.of("GHSA-1.json", utf8("{}")));

        new FeedInputs(ZipLimits.DEFAULT).read(dir, read::add);

        assertThat(read).extracting(FeedDocument::origin).containsExactly(
                dir.resolve("a.json").toString(),
                dir.resolve("b/PYSEC-2.json").toString(),
                dir.resolve("c/all.zip") + "!GHSA-1.json");
    }

    @Test
    void readsSingleJsonFile() throws Exception {
        Path file = FeedFixtures.writeJson(dir.resolve("PYSEC-1.json"), "{\"id\":\"PYSEC-1\"}");

        new FeedInputs(ZipLimits.DEFAULT).read(file, read::add);

        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo(file.toString());
            assertThat(d.content()).isEqualTo(utf8("{\"id\":\"PYSEC-1\"}"));
        });
    }

    @Test
    void rejectsMissingPath() {
        Path missing = dir.resolve("nowhere/all.zip");

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> new FeedInputs(ZipLimits.DEFAULT).read(missing, read::add));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(missing + ": no such file or directory");
    }

    @Test
    void rejectsJsonFileLargerThanEntryLimit() throws Exception {
        Path file = FeedFixtures.writeJson(dir.resolve("big.json"), " ".repeat(2001) + "{}");
        ZipLimits limits = new ZipLimits(2000, 5000, 20, 4096, 5);

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> new FeedInputs(limits).read(file, read::add));

        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .isEqualTo(file + ": file is larger than the limit of 2000 bytes");
    }
}
