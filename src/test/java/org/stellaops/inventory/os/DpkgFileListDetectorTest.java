// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.FileOwnership;

/** md5sums files are syft's distroless fixture (MANIFEST.md); .list files are in text blocks. */
class DpkgFileListDetectorTest {

    private final DpkgFileListDetector detector = new DpkgFileListDetector();

    @TempDir
    Path dir;

    @Test
    void readsDistrolessMd5sums() throws IOException {
        Detection detection = OsCorpus.detect(detector,
                "dpkg-status.d/syft-distroless/libsqlite3-0.md5sums",
                "var/lib/dpkg/status.d/libsqlite3-0.md5sums");
        assertThat(detection.packages()).isEmpty();
        assertThat(detection.ownership()).singleElement().satisfies(owned -> {
            assertThat(owned.packageType()).isEqualTo("deb");
            assertThat(owned.packageName()).isEqualTo("libsqlite3-0");
            assertThat(owned.paths()).hasSize(6).startsWith(
                    "usr/lib/aarch64-linux-gnu/libsqlite3.so.0.8.6",
                    "usr/share/doc/libsqlite3-0/README.Debian");
        });
    }

    @Test
    void readsMultiArchListDroppingRootAndLeadingSlash() throws IOException {
        // the head of libc6:amd64.list of debian:12
        String text = """
                /.
                /etc
                /etc/ld.so.conf.d
                /etc/ld.so.conf.d/x86_64-linux-gnu.conf
                /usr/lib/x86_64-linux-gnu/libc.so.6
                """;
        Detection detection = OsCorpus.detectText(detector, dir, text,
                "var/lib/dpkg/info/libc6:amd64.list");
        assertThat(detection.ownership()).containsExactly(new FileOwnership("deb", "libc6",
                java.util.List.of("etc", "etc/ld.so.conf.d",
                        "etc/ld.so.conf.d/x86_64-linux-gnu.conf",
                        "usr/lib/x86_64-linux-gnu/libc.so.6")));
        assertThat(detection.warnings()).isEmpty();
    }

    @Test
    void refusesPathsLeavingTheRoot() throws IOException {
        String text = "/usr/bin/ok\n/../etc/shadow\n/usr/../../x\n";
        Detection detection = OsCorpus.detectText(detector, dir, text,
                "var/lib/dpkg/info/evil.list");
        assertThat(detection.ownership().get(0).paths()).containsExactly("usr/bin/ok");
        assertThat(detection.warnings()).hasSize(2)
                .allSatisfy(w -> assertThat(w).startsWith("var/lib/dpkg/info/evil.list:"));
    }

    @Test
    void wantsListsAndStatusDMd5sumsOnly() {
        assertThat(detector.wants(entry("var/lib/dpkg/info/bash.list"))).isTrue();
        assertThat(detector.wants(entry("var/lib/dpkg/status.d/base.md5sums"))).isTrue();
        assertThat(detector.wants(entry("var/lib/dpkg/info/bash.md5sums"))).isFalse();
        assertThat(detector.wants(entry("var/lib/dpkg/info/.list"))).isFalse();
        assertThat(detector.wants(entry("var/lib/dpkg/status"))).isFalse();
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, 1, 0644);
    }
}
