// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.feed.FeedFixtures.minimalRecord;
import static org.stellaops.feed.FeedFixtures.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading whole inputs: strict and skipping modes, empty inputs, what the report tells. */
class FeedImporterTest {

    private static final String MODIFIED = "2024-01-01T00:00:00Z";

    @TempDir
    Path dir;

    @Test
    void failsStrictImportOnFirstInvalidRecordNamingItsEntry() throws Exception {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), mixedRecords());

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> FeedFixtures.readStrict(zip));

        // Entries are read in name order, so the broken JSON in b.json is met first.
        assertThat(e).isNotNull();
        assertThat(e.origin()).isEqualTo(zip + "!b.json");
        assertThat(e.position()).isEqualTo("line 1, column 2");
        assertThat(e.reason()).startsWith("malformed JSON: ");
    }

    @Test
    void skipInvalidImportsTheRestAndListsEachRejectedRecord() throws Exception {
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), mixedRecords());

        FeedImport feed = new FeedImporter(new ImportOptions(true, FeedFixtures.SMALL))
                .read(List.of(zip));

        assertThat(feed.advisories()).extracting(a -> a.record().id())
                .containsExactly("PYSEC-2099-1", "PYSEC-2099-3");
        ImportReport report = feed.report();
        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.rejected()).containsExactly(
                new RejectedRecord(zip + "!b.json", "line 1, column 2",
                        report.rejected().get(0).reason()),
                new RejectedRecord(zip + "!d.json", "$",
                        "an OSV record must be a JSON object"));
        assertThat(report.rejected().get(0).reason()).startsWith("malformed JSON: ");
        assertThat(report.rejected().get(1)).hasToString(
                zip + "!d.json at $: an OSV record must be a JSON object");
    }

    @Test
    void skipInvalidStillRefusesHostileArchive() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(mixedRecords());
        entries.put("../escape.json", utf8(minimalRecord("PYSEC-2099-9", MODIFIED, "x", "1")));
        Path zip = FeedFixtures.zip(dir.resolve("all.zip"), entries);

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> new FeedImporter(new ImportOptions(true, FeedFixtures.SMALL))
                        .read(List.of(zip)));

        assertThat(e).isNotNull();
        assertThat(e.position()).isEqualTo("entry ../escape.json");
    }

    @Test
    void rejectsEmptyFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("feeds"));

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> FeedFixtures.readStrict(empty));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(empty + ": no OSV records found");
    }

    @Test
    void rejectsInputsWhoseRecordsWereAllSkipped() throws Exception {
        Path file = FeedFixtures.writeJson(dir.resolve("bad.json"), "[]");

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> new FeedImporter(new ImportOptions(true, ZipLimits.DEFAULT))
                        .read(List.of(file)));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo("no OSV records found");
    }

    @Test
    void reportsToleratedWarningsWithOrigin() throws Exception {
        Path folder = FeedFixtures.copyCorpusRecords(dir.resolve("feeds"), "osv/PyPI",
                "PYSEC-2017-27");
        FeedFixtures.writeJson(folder.resolve("ACME-1.json"),
                minimalRecord("ACME-2024-1", MODIFIED, "requests", "2.0"));

        FeedImport feed = FeedFixtures.readStrict(folder);

        assertThat(feed.advisories()).extracting(a -> a.record().id())
                .containsExactly("ACME-2024-1", "PYSEC-2017-27");
        assertThat(feed.report().warnings())
                .anyMatch(w -> w.startsWith(folder.resolve("ACME-1.json") + ": $.id: "))
                .anyMatch(w -> w.startsWith(folder.resolve("PYSEC-2017-27.json")
                        + ": $.affected[0].ranges[0].events"));
    }

    @Test
    void statesCvesOfAliasesAndOfDistroAdvisoryRelated() throws Exception {
        Path folder = FeedFixtures.copyCorpusRecords(dir.resolve("feeds"), "osv/AlmaLinux",
                "ALSA-2019:0975");
        FeedFixtures.copyCorpusRecords(folder, "osv/PyPI", "PYSEC-2018-2");
        FeedFixtures.writeJson(folder.resolve("GHSA.json"), """
                {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2024-01-01T00:00:00Z",
                 "related": ["CVE-2099-0002"], "aliases": ["CVE-2099-0001"]}
                """);

        FeedImport feed = FeedFixtures.readStrict(folder);

        assertThat(feed.advisories()).extracting(PreparedAdvisory::cves).containsExactly(
                List.of("CVE-2019-5736"),
                List.of("CVE-2099-0001"),
                List.of("CVE-2018-14574"));
    }

    @Test
    void datesSnapshotByNewestModified() throws Exception {
        FeedFixtures.writeJson(dir.resolve("a.json"),
                minimalRecord("PYSEC-2099-1", "2024-03-01T00:00:00.999Z", "a", "1"));
        FeedFixtures.writeJson(dir.resolve("b.json"),
                minimalRecord("PYSEC-2099-2", "2024-03-01T00:00:01Z", "b", "1"));
        FeedFixtures.writeJson(dir.resolve("c.json"),
                minimalRecord("PYSEC-2099-3", "2023-12-31T23:59:59Z", "c", "1"));

        FeedImport feed = FeedFixtures.readStrict(dir);

        assertThat(feed.snapshotDate()).isEqualTo("2024-03-01T00:00:01Z");
    }

    /** a and c are valid; b is broken JSON, d is not an object. */
    private static Map<String, byte[]> mixedRecords() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.json", utf8(minimalRecord("PYSEC-2099-1", MODIFIED, "requests", "2.0")));
        entries.put("b.json", utf8("{{\"id\": \"PYSEC-2099-2\"}"));
        entries.put("c.json", utf8(minimalRecord("PYSEC-2099-3", MODIFIED, "urllib3", "1.0")));
        entries.put("d.json", utf8("\"PYSEC-2099-4\""));
        return entries;
    }
}
