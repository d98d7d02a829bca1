// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.OsRelease;

/**
 * os-release fixtures are the files the official images ship (debian:12, ubuntu:22.04,
 * alpine:3.20, rockylinux:9 and amazonlinux:2), reduced to the fields read plus a few neighbours.
 */
class OsReleaseDetectorTest {

    private final OsReleaseDetector detector = new OsReleaseDetector();

    @TempDir
    Path dir;

    @Test
    void readsDebianOsReleaseWithQuotedValues() throws IOException {
        String text = """
                PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
                NAME="Debian GNU/Linux"
                VERSION_ID="12"
                VERSION="12 (bookworm)"
                VERSION_CODENAME=bookworm
                ID=debian
                HOME_URL="https://www.debian.org/"
                """;
        assertThat(os(text, "etc/os-release"))
                .isEqualTo(new OsRelease("debian", "12", "Debian GNU/Linux 12 (bookworm)",
                        "etc/os-release"));
    }

    @Test
    void readsUbuntuOsReleaseUnderUsrLib() throws IOException {
        String text = """
                PRETTY_NAME="Ubuntu 22.04.4 LTS"
                NAME="Ubuntu"
                VERSION_ID="22.04"
                ID=ubuntu
                ID_LIKE=debian
                """;
        OsRelease os = os(text, "usr/lib/os-release");
        assertThat(os.id()).isEqualTo("ubuntu");
        assertThat(os.versionId()).isEqualTo("22.04");
        assertThat(os.path()).isEqualTo("usr/lib/os-release");
    }

    @Test
    void lowerCasesIdAndKeepsBareVersion() throws IOException {
        String text = """
                NAME="Alpine Linux"
                ID=Alpine
                VERSION_ID=3.20.1
                """;
        assertThat(os(text, "etc/os-release").id()).isEqualTo("alpine");
        assertThat(os(text, "etc/os-release").versionId()).isEqualTo("3.20.1");
    }

    @Test
    void resolvesShellEscapesSingleQuotesAndComments() throws IOException {
        String text = """
                # a comment line, then a blank one

                ID='rocky'
                VERSION_ID="9.\\"3\\""
                PRETTY_NAME="Rocky \\$HOME \\\\ \\`x\\` \\n"
                """;
        OsRelease os = os(text, "etc/os-release");
        assertThat(os.id()).isEqualTo("rocky");
        assertThat(os.versionId()).isEqualTo("9.\"3\"");
        // inside double quotes only \" \\ \$ \` are escapes; \n stays as written
        assertThat(os.prettyName()).isEqualTo("Rocky $HOME \\ `x` \\n");
    }

    @Test
    void defaultsIdToLinuxAndWarnsOnBrokenLines() throws IOException {
        String text = """
                NAME="Broken
                not an assignment
                VERSION_ID=1
                """;
        Detection detection = detect(text, "etc/os-release");
        assertThat(detection.os()).isEqualTo(new OsRelease("linux", "1", null, "etc/os-release"));
        assertThat(detection.warnings()).containsExactly(
                "etc/os-release:1: unterminated quote",
                "etc/os-release:2: not a KEY=value assignment");
    }

    @Test
    void readsFallbackReleaseFiles() throws IOException {
        assertThat(os("3.19.1\n", "etc/alpine-release"))
                .isEqualTo(new OsRelease("alpine", "3.19.1", null, "etc/alpine-release"));
        assertThat(os("12.5\n", "etc/debian_version"))
                .isEqualTo(new OsRelease("debian", "12.5", null, "etc/debian_version"));
        assertThat(os("trixie/sid\n", "etc/debian_version").versionId()).isNull();
        assertThat(os("CentOS Linux release 7.9.2009 (Core)\n", "etc/centos-release"))
                .isEqualTo(new OsRelease("centos", "7.9.2009",
                        "CentOS Linux release 7.9.2009 (Core)", "etc/centos-release"));
        assertThat(os("Red Hat Enterprise Linux Server release 7.9 (Maipo)\n",
                "etc/redhat-release").id()).isEqualTo("rhel");
        assertThat(os("Amazon Linux release 2 (Karoo)\n", "etc/system-release"))
                .extracting(OsRelease::id, OsRelease::versionId)
                .containsExactly("amzn", "2");
        assertThat(os("Amazon Linux AMI release 2018.03\n", "etc/system-release").versionId())
                .isEqualTo("2018.03");
    }

    @Test
    void unknownReleaseLineIsAWarningNotAnOs() throws IOException {
        Detection detection = detect("Something Else 1.0\n", "etc/system-release");
        assertThat(detection.os()).isNull();
        assertThat(detection.warnings()).hasSize(1);
    }

    @Test
    void wantsOnlyReleaseFiles() {
        assertThat(detector.wants(new FileEntry("etc/os-release", 10, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("usr/lib/os-release", 10, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("etc/redhat-release", 10, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("opt/etc/os-release", 10, 0644))).isFalse();
    }

    @Test
    void rejectsHugeFile() throws IOException {
        Path big = Files.write(dir.resolve("big"), new byte[200_000]);
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, big, "etc/os-release"))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("etc/os-release");
    }

    private OsRelease os(String text, String path) throws IOException {
        return detect(text, path).os();
    }

    private Detection detect(String text, String path) throws IOException {
        return OsCorpus.detectText(detector, dir, text, path);
    }
}
