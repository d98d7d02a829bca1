// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;

/** Corpus: pkgdb/composer-installed-json, syft test data (MANIFEST.md lines 238-239). */
class ComposerInstalledDetectorTest {

    private final ComposerInstalledDetector detector = new ComposerInstalledDetector();

    @Test
    void wantsComposerInstalledJsonOnly() {
        assertThat(detector.wants(entry("var/www/vendor/composer/installed.json"))).isTrue();
        assertThat(detector.wants(entry("vendor/composer/installed.json"))).isTrue();
        assertThat(detector.wants(entry("var/www/myvendor/composer/installed.json"))).isFalse();
        assertThat(detector.wants(entry("var/www/composer.lock"))).isFalse();
    }

    // Composer 1 is a top-level array, Composer 2 {"packages": [...]}; both list the same two
    @ParameterizedTest
    @ValueSource(strings = {"syft-composer1", "syft-composer2"})
    void readsBothFormatsKeepingTheVersionAsWritten(String folder) throws Exception {
        Detection found = LangCorpus.detect(detector,
                "composer-installed-json/" + folder + "/installed.json",
                "var/www/vendor/composer/installed.json");

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:composer/asm89/stack-cors@1.3.0",
                "pkg:composer/behat/mink@v1.8.1");
        assertThat(found.packages()).allSatisfy(pkg ->
                assertThat(pkg.licenses()).containsExactly("MIT"));
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, 1, 0644);
    }
}
