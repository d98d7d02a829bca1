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
import org.stellaops.inventory.FileOwnership;
import org.stellaops.inventory.InstalledPackage;

/**
 * Corpus files (MANIFEST.md): Trivy's Alpine apk database (16 'P:' lines by grep, one of them the
 * deliberately invalid entry without a version) and syft's apk fixtures.
 */
class ApkInstalledDetectorTest {

    private static final String INSTALLED = "lib/apk/db/installed";
    private final ApkInstalledDetector detector = new ApkInstalledDetector();

    @TempDir
    Path dir;

    @Test
    void listsPackagesAndSkipsInvalidEntryWithWarning() throws IOException {
        Detection detection = OsCorpus.detect(detector, "apk-installed/trivy/installed", INSTALLED);

        assertThat(detection.packages()).hasSize(15);
        assertThat(detection.warnings()).containsExactly(INSTALLED
                + ":23: package invalidPackageWithoutAVersion without a version (V); skipped");
        InstalledPackage ssl = find(detection, "libssl1.0");
        assertThat(ssl.version()).isEqualTo("1.0.2h-r1");
        assertThat(ssl.sourceName()).isEqualTo("openssl");
        assertThat(ssl.qualifiers()).isEqualTo(Map.of("arch", "x86_64"));
        assertThat(ssl.purl()).isEqualTo("pkg:apk/alpine/libssl1.0@1.0.2h-r1?arch=x86_64");
        assertThat(find(detection, "scanelf").sourceName()).isEqualTo("pax-utils");
    }

    @Test
    void readsLicencesAndOriginsOfAlpine316() throws IOException {
        Detection detection = OsCorpus.detect(detector, "apk-installed/syft-multiple-2/installed",
                INSTALLED);
        assertThat(detection.packages()).hasSize(14);
        InstalledPackage bundle = find(detection, "ca-certificates-bundle");
        assertThat(bundle.version()).isEqualTo("20220614-r0");
        assertThat(bundle.licenses()).containsExactly("MPL-2.0 AND MIT");
        assertThat(bundle.sourceName()).isEqualTo("ca-certificates");
        assertThat(find(detection, "ssl_client").sourceName()).isEqualTo("busybox");
    }

    @Test
    void joinsFileListsToTheirDirectories() throws IOException {
        Detection detection = OsCorpus.detect(detector, "apk-installed/syft/single", INSTALLED);
        assertThat(detection.ownership()).containsExactly(new FileOwnership("apk", "musl-utils",
                List.of("sbin/ldconfig", "usr/bin/iconv", "usr/bin/ldd", "usr/bin/getconf",
                        "usr/bin/getent")));
    }

    @Test
    void toleratesGarbageLinesAndPathTraversal() throws IOException {
        String text = """
                P:evil
                V:1-r0
                this is not a field
                F:usr/../..
                R:passwd
                F:usr/bin
                R:ok
                """;
        Detection detection = OsCorpus.detectText(detector, dir, text, INSTALLED);
        assertThat(detection.packages()).extracting(InstalledPackage::name).containsExactly("evil");
        assertThat(detection.ownership().get(0).paths()).containsExactly("usr/bin/ok");
        assertThat(detection.warnings()).containsExactly(
                INSTALLED + ":3: not a 'K:value' line; ignored");
    }

    private static InstalledPackage find(Detection detection, String name) {
        return detection.packages().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no package " + name));
    }
}
