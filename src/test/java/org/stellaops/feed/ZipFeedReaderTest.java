// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.feed.FeedFixtures.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed archive is hostile until read: every refusal names the archive, the entry and why. */
class ZipFeedReaderTest {

    // Entries up to 2000 bytes, 5000 per archive, ratio 20 judged from 4096 bytes, 5 entries.
    private static final ZipLimits TIGHT = new ZipLimits(2000, 5000, 20, 4096, 5);

    @TempDir
    Path dir;

    private final List<FeedDocument> read = new ArrayList<>();

    @Test
    void readsJsonEntriesInNameOrderAndSkipsTheRest() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b.json", utf8("{\"b\":1}"));
        entries.put("README.txt", utf8("not a record"));
        entries.put("sub/", new byte[0]);
        entries.put("a.json", utf8("{\"a\":1}"));
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), entries);

        reader(ZipLimits.DEFAULT).read(zip, read::add);

        assertThat(read).extracting(FeedDocument::origin)
                .containsExactly(zip + "!a.json", zip + "!b.json");
        assertThat(read.get(0).content()).isEqualTo(utf8("{\"a\":1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.json", "/abs.json", "C:\\x.json", "a/../../b.json",
            "..\\x.json", "../evil.sh"})
    void rejectsZipEntryOutsideFolder(String name) throws IOException {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of(name, utf8("{\"id\": \"PYSEC-2099-1\"}")));

        FeedException e = failureOf(ZipLimits.DEFAULT, zip);

        assertThat(e.getMessage()).isEqualTo(
                zip + " at entry " + name + ": entry name escapes the archive folder");
        assertThat(read).isEmpty();
    }

    @Test
    void acceptsDotsThatStayInsideTheFolder() throws Exception {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of("a/./..b.json", utf8("{}"), "ALSA-2019:0975.json", utf8("{}")));

        reader(ZipLimits.DEFAULT).read(zip, read::add);

        assertThat(read).hasSize(2);
    }

    @Test
    void rejectsEntryLargerThanTheLimit() throws IOException {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of("big.json", incompressible(2001)));

        FeedException e = failureOf(TIGHT, zip);

        assertThat(e.origin()).isEqualTo(zip.toString());
        assertThat(e.position()).isEqualTo("entry big.json");
        assertThat(e.reason()).isEqualTo("entry is larger than the limit of 2000 bytes");
    }

    @Test
    void acceptsEntryExactlyAtTheLimit() throws Exception {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of("edge.json", incompressible(2000)));

        reader(TIGHT).read(zip, read::add);

        assertThat(read).singleElement().extracting(d -> d.content().length).isEqualTo(2000);
    }

    @Test
    void rejectsHighlyCompressibleEntryAsZipBomb() throws IOException {
        // 64 KiB of zeros deflate to a few hundred bytes: far past a ratio of 20.
        ZipLimits roomy = new ZipLimits(1 << 20, 1 << 20, 20, 4096, 5);
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of("bomb.json", new byte[64 * 1024]));

        FeedException e = failureOf(roomy, zip);

        assertThat(e.position()).isEqualTo("entry bomb.json");
        assertThat(e.reason()).isEqualTo(
                "entry expands more than 20 times its compressed size (a zip bomb?)");
    }

    @Test
    void toleratesHighRatioBelowTheFloor() throws Exception {
        // Small records compress well too; only entries past the floor are judged by ratio.
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"),
                Map.of("small.json", new byte[4000]));

        reader(new ZipLimits(1 << 20, 1 << 20, 20, 4096, 5)).read(zip, read::add);

        assertThat(read).hasSize(1);
    }

    @Test
    void rejectsArchiveWithTooManyEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            entries.put("r" + i + ".json", utf8("{}"));
        }
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), entries);

        FeedException e = failureOf(TIGHT, zip);

        assertThat(e.getMessage()).isEqualTo(
                zip + ": archive holds 6 entries, more than the limit of 5");
        assertThat(read).isEmpty();
    }

    @Test
    void rejectsArchiveExpandingPastTotalLimit() throws IOException {
        // Each entry is within the 2000-byte entry limit; the third passes 5000 in total.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.json", incompressible(1900));
        entries.put("b.json", incompressible(1900));
        entries.put("c.json", incompressible(1900));
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), entries);

        FeedException e = failureOf(TIGHT, zip);

        assertThat(e.position()).isEqualTo("entry c.json");
        assertThat(e.reason()).isEqualTo("archive expands past the limit of 5000 bytes");
        assertThat(read).hasSize(2);
    }

    @Test
    void rejectsFileThatIsNotAZip() throws IOException {
        Path zip = Files.writeString(dir.resolve("all.zip"), "{\"id\": \"not a zip\"}");

        FeedException e = failureOf(ZipLimits.DEFAULT, zip);

        assertThat(e.origin()).isEqualTo(zip.toString());
        assertThat(e.reason()).startsWith("not a readable zip archive: ");
    }

    @Test
    void rejectsTruncatedCorpusArchive() throws IOException {
        byte[] whole = Files.readAllBytes(FeedFixtures.corpusZip("osv-ghsa/PyPI"));
        Path zip = Files.write(dir.resolve("all.zip"), Arrays.copyOf(whole, whole.length / 2));

        FeedException e = failureOf(ZipLimits.DEFAULT, zip);

        assertThat(e.getMessage()).startsWith(zip + ": not a readable zip archive: ");
    }

    private FeedException failureOf(ZipLimits limits, Path zip) {
        FeedException e = catchThrowableOfType(FeedException.class,
                () -> reader(limits).read(zip, read::add));
        assertThat(e).as("reading %s should fail", zip).isNotNull();
        return e;
    }

    private static ZipFeedReader reader(ZipLimits limits) {
        return new ZipFeedReader(limits);
    }

    /** Bytes deflate cannot shrink, so only the size limits apply to them. */
    private static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
