// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;

/**
 * Corpus files (see MANIFEST.md): Trivy's Ubuntu 18.04 status (91 stanzas, 90 "install ok
 * installed" by grep), claircore's texlive status (357 installed by grep), the third-party
 * status with docker-ce, and syft's status.d entries. Expected values were read with grep.
 */
class DpkgStatusDetectorTest {

    private static final String STATUS = "var/lib/dpkg/status";
    private final DpkgStatusDetector detector = new DpkgStatusDetector();

    @TempDir
    Path dir;

    @Test
    void listsInstalledPackagesOfUbuntuImage() throws IOException {
        Detection detection = detect("dpkg-status/trivy-ubuntu-18.04/status", STATUS);

        assertThat(detection.packages()).hasSize(90);
        assertThat(detection.warnings()).isEmpty();
        // git is "deinstall ok config-files": removed, only its configuration is left
        assertThat(names(detection)).doesNotContain("git").contains("bash", "tar");
        assertThat(find(detection, "libc6")).satisfies(p -> {
            assertThat(p.version()).isEqualTo("2.27-3ubuntu1");
            assertThat(p.qualifiers()).isEqualTo(Map.of("arch", "amd64"));
            assertThat(p.sourceName()).isEqualTo("glibc");
            assertThat(p.sourceVersion()).isEqualTo("2.27-3ubuntu1");
            assertThat(p.purl()).isEqualTo("pkg:deb/debian/libc6@2.27-3ubuntu1?arch=amd64");
            assertThat(p.path()).isEqualTo(STATUS);
            assertThat(p.detector()).isEqualTo("dpkg");
        });
    }

    @Test
    void splitsEpochIntoQualifierAndKeepsItInSourceVersion() throws IOException {
        Detection detection = detect("dpkg-status/trivy-ubuntu-18.04/status", STATUS);

        // "Package: zlib1g / Source: zlib / Version: 1:1.2.11.dfsg-0ubuntu2"
        InstalledPackage zlib = find(detection, "zlib1g");
        assertThat(zlib.version()).isEqualTo("1.2.11.dfsg-0ubuntu2");
        assertThat(zlib.qualifiers()).containsEntry("epoch", "1");
        assertThat(zlib.sourceName()).isEqualTo("zlib");
        assertThat(zlib.sourceVersion()).isEqualTo("1:1.2.11.dfsg-0ubuntu2");
        assertThat(zlib.purl())
                .isEqualTo("pkg:deb/debian/zlib1g@1.2.11.dfsg-0ubuntu2?arch=amd64&epoch=1");

        // "Source: xz-utils (5.1.1alpha+20120614-2)" names a source version of its own
        InstalledPackage lzma = find(detection, "liblzma5");
        assertThat(lzma.sourceName()).isEqualTo("xz-utils");
        assertThat(lzma.sourceVersion()).isEqualTo("5.1.1alpha+20120614-2");
    }

    @Test
    void readsLargeStatusOfTexliveImage() throws IOException {
        Detection detection = detect("dpkg-status/claircore/texlive.status", STATUS);
        assertThat(detection.packages()).hasSize(357);
        assertThat(detection.warnings()).isEmpty();
    }

    @Test
    void readsThirdPartyPackageWithHighEpoch() throws IOException {
        Detection detection = detect("dpkg-status/trivy-third-party/status", STATUS);
        assertThat(detection.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:deb/debian/docker-ce@20.10.7~3-0~debian-buster?arch=amd64&epoch=5",
                "pkg:deb/debian/apt@1.6.3ubuntu0.1?arch=amd64");
        assertThat(detection.packages().get(1).sourceName()).isEqualTo("apt");
    }

    @Test
    void readsDistrolessStatusDEntryWithoutStatusField() throws IOException {
        Detection detection = detect("dpkg-status.d/syft-distroless/libsqlite3-0",
                "var/lib/dpkg/status.d/libsqlite3-0");
        assertThat(detection.packages()).singleElement().satisfies(p -> {
            assertThat(p.purl()).isEqualTo("pkg:deb/debian/libsqlite3-0@3.34.1-3?arch=arm64");
            assertThat(p.sourceName()).isEqualTo("sqlite3");
            assertThat(p.licenses()).isEmpty();
        });
    }

    @Test
    void skipsDeinstalledStanzaOfStatusD() throws IOException {
        Detection detection = detect("dpkg-status.d/syft/deinstall",
                "var/lib/dpkg/status.d/deinstall");
        assertThat(names(detection)).containsExactly("linux-image-6.14.0-1012-aws");
    }

    @Test
    void warnsAboutStanzasWithoutPackageOrVersion() throws IOException {
        Detection detection = detect("dpkg-status.d/syft/multiple",
                "var/lib/dpkg/status.d/multiple");
        assertThat(names(detection)).containsExactly("tzdata", "util-linux");
        assertThat(detection.warnings()).containsExactly(
                "var/lib/dpkg/status.d/multiple:1: stanza has no Package; skipped",
                "var/lib/dpkg/status.d/multiple:3: stanza has no Version; skipped");
        assertThat(find(detection, "tzdata").sourceName()).isEqualTo("tzdata-dev");
    }

    @Test
    void reportsCorruptStanzaWithItsLine() throws IOException {
        // syft's deliberately corrupt entry: line 5 is neither a field nor a continuation
        Detection detection = detect("dpkg-status.d/syft/corrupt",
                "var/lib/dpkg/status.d/corrupt");
        assertThat(detection.packages()).isEmpty();
        assertThat(detection.warnings()).containsExactly("var/lib/dpkg/status.d/corrupt:5: "
                + "line is not a 'Field: value' line; stanza at line 1 skipped");
    }

    @Test
    void corruptStanzaDoesNotHideTheNextOne() throws IOException {
        String text = """
                Package: broken
                Status: install ok installed
                this line is garbage
                Version: 1.0

                Package: fine
                Status: hold ok installed
                Version: 2:1.0-1
                Source: fine-src (2:1.0-1)
                Description: folded
                 continuation, kept
                """;
        Detection detection = OsCorpus.detectText(detector, dir, text, STATUS);
        assertThat(names(detection)).containsExactly("fine");
        assertThat(detection.warnings()).singleElement().asString().startsWith(STATUS + ":3: ");
        assertThat(detection.packages().get(0).qualifiers()).isEqualTo(Map.of("epoch", "2"));
    }

    @Test
    void zeroEpochIsNoQualifier() {
        assertThat(EpochVersion.parse("0:1.2-3")).isEqualTo(new EpochVersion(null, "1.2-3"));
        assertThat(EpochVersion.parse("1.2:3-4")).isEqualTo(new EpochVersion(null, "1.2:3-4"));
    }

    @Test
    void wantsStatusAndStatusDButNotMd5sums() {
        assertThat(detector.wants(new FileEntry(STATUS, 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("var/lib/dpkg/status.d/base", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("var/lib/dpkg/status.d/base.md5sums", 1, 0644)))
                .isFalse();
        assertThat(detector.wants(new FileEntry("var/lib/dpkg/status-old", 1, 0644))).isFalse();
    }

    private Detection detect(String corpusFile, String path) throws IOException {
        return OsCorpus.detect(detector, corpusFile, path);
    }

    private static List<String> names(Detection detection) {
        return detection.packages().stream().map(InstalledPackage::name).toList();
    }

    private static InstalledPackage find(Detection detection, String name) {
        return detection.packages().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no package " + name));
    }
}
