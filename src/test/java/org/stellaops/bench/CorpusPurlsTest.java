// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.match.CoverageStatus;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageQuery;
import org.stellaops.match.PurlMapping;
import org.stellaops.match.SnapshotFixtures;

/** The benchmark purl list, drawn from the GHSA part of the corpus and two AlmaLinux errata. */
class CorpusPurlsTest {

    private static final String OPENSSL_ERRATUM = "ALSA-2022:1065";
    private static final String KERNEL_ERRATUM = "ALSA-2022:7683";

    @TempDir
    static Path dir;

    private static List<Path> inputs;
    private static List<String> drawn;
    private static PackageMatcher matcher;

    @BeforeAll
    static void drawAndImport() throws Exception {
        Path alma = writeZip(dir.resolve("alma/AlmaLinux/all.zip"), OPENSSL_ERRATUM,
                KERNEL_ERRATUM);
        inputs = List.of(FeedFixtures.corpus().resolve("osv-ghsa"), alma);
        drawn = CorpusPurls.draw(inputs, 600);
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"), inputs));
    }

    private static Path writeZip(Path zip, String... ids) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (String id : ids) {
                out.putNextEntry(new ZipEntry(id + ".json"));
                out.write(FeedFixtures.corpusRecord("osv/AlmaLinux", id));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void drawsTheSameListTwice() throws IOException {
        assertThat(CorpusPurls.draw(inputs, 600)).isEqualTo(drawn).doesNotHaveDuplicates();
    }

    @Test
    void everyPurlIsAnIndexedPackageOfACoveredEcosystem() throws Exception {
        for (String purl : drawn) {
            PackageQuery query = PurlMapping.map(purl);
            assertThat(matcher.match(purl).status()).as(purl).isEqualTo(CoverageStatus.COVERED);
            assertThat(matcher.snapshot().lookup(query.family(), query.names().get(0)))
                    .as(purl).isNotEmpty();
        }
    }

    @Test
    void mixesLanguageAndDistroPackages() {
        assertThat(CorpusPurls.byType(drawn).keySet())
                .contains("npm", "maven", "pypi", "gem", "composer", "nuget", "rpm:almalinux-8");
    }

    @Test
    void someDrawnVersionsAreAffectedAndSomeAreNot() {
        long affected = drawn.stream().filter(p -> !matcher.match(p).findings().isEmpty()).count();
        assertThat(affected).isBetween(1L, drawn.size() - 1L);
    }

    @Test
    void writesAlmaLinuxPackagesAsRpmPurlsWithDistroAndEpoch() throws IOException {
        Set<String> purls = new TreeSet<>();
        new OsvPurls().collect(new ObjectMapper().readTree(
                FeedFixtures.corpusRecord("osv/AlmaLinux", OPENSSL_ERRATUM)), purls);

        // fixed in 1:1.1.1k-6.el8_5, and the upstream neighbours of that version
        assertThat(purls).contains(
                "pkg:rpm/almalinux/openssl@1.1.1k-6.el8_5?arch=x86_64&distro=almalinux-8&epoch=1",
                "pkg:rpm/almalinux/openssl@1.1.0k-6.el8_5?arch=x86_64&distro=almalinux-8&epoch=1",
                "pkg:rpm/almalinux/openssl@1.1.2k-6.el8_5?arch=x86_64&distro=almalinux-8&epoch=1");
    }

    @Test
    void refusesToDrawMoreThanTheCorpusHolds() {
        assertThatThrownBy(() -> CorpusPurls.draw(inputs, 1_000_000))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fewer than the 1000000 asked for");
    }
}
