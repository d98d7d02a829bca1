// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;
import static org.stellaops.inventory.lock.LockfileCorpus.devCoordinates;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InventoryException;

/** Corpus: Trivy's composer parser test data and integration fixture, syft's composer.lock. */
class ComposerLockDetectorTest {

    private final ComposerLockDetector detector = new ComposerLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsComposerLockByName() {
        assertThat(detector.wants(new FileEntry("www/composer.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("www/composer.json", 1, 0644))).isFalse();
    }

    @Test
    void readsPackagesThenDevPackages() throws IOException {
        Detection found = detect(detector, "composer-lock/trivy/composer_happy.lock", "c.lock");

        // 8 packages and 2 packages-dev
        assertThat(coordinates(found)).containsExactly("guzzlehttp/guzzle@6.5.8",
                "guzzlehttp/promises@1.5.2", "guzzlehttp/psr7@1.9.0", "psr/http-message@1.0.1",
                "ralouphie/getallheaders@3.0.3", "symfony/polyfill-intl-idn@v1.27.0",
                "symfony/polyfill-intl-normalizer@v1.27.0", "symfony/polyfill-php72@v1.27.0",
                "pear/log@1.13.3", "pear/pear_exception@v1.0.2");
        assertThat(devCoordinates(found)).containsExactly("pear/log@1.13.3",
                "pear/pear_exception@v1.0.2");
        assertThat(found.packages().get(0).purl())
                .isEqualTo("pkg:composer/guzzlehttp/guzzle@6.5.8");
    }

    @Test
    void readsOtherProjects() throws IOException {
        Detection syft = detect(detector, "composer-lock/syft/composer.lock", "composer.lock");
        Detection it = detect(detector, "composer-lock/trivy-integration/composer.lock", "c");

        assertThat(coordinates(syft)).containsExactly("adoy/fastcgi-client@1.0.2",
                "alcaeus/mongo-php-adapter@1.1.11", "behat/gherkin@v4.6.2",
                "codeception/codeception@4.1.6");
        assertThat(devCoordinates(syft)).hasSize(2);
        assertThat(coordinates(it)).containsExactly("guzzlehttp/guzzle@7.4.4",
                "guzzlehttp/psr7@1.8.3");
    }

    @Test
    void refusesAPackageWithoutVersion() {
        String lock = "{\"packages\": [{\"name\": \"a/b\"}]}";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "composer.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("composer.lock: a package of 'packages' lacks a name or version");
    }
}
