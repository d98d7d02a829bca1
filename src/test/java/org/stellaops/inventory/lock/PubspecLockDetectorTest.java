// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;
import static org.stellaops.inventory.lock.LockfileCorpus.devCoordinates;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;

/** Corpus: Trivy's pubspec.lock parser test data. */
class PubspecLockDetectorTest {

    private final PubspecLockDetector detector = new PubspecLockDetector();

    @TempDir
    Path temp;

    @Test
    void readsHostedPackages() throws IOException {
        Detection found = detect(detector, "pubspec-lock/trivy/pubspec.lock", "pubspec.lock");

        assertThat(coordinates(found)).containsExactly("http@0.13.2", "shelf@1.3.1");
        assertThat(found.packages().get(0).purl()).isEqualTo("pkg:pub/http@0.13.2");
    }

    @Test
    void skipsSdkPackagesAndMarksDirectDev() throws IOException {
        String lock = """
                packages:
                  flutter:
                    dependency: "direct main"
                    description: flutter
                    source: sdk
                    version: "0.0.0"
                  lints:
                    dependency: "direct dev"
                    description:
                      name: lints
                      url: "https://pub.dev"
                    source: hosted
                    version: "3.0.0"
                """;

        Detection found = detectText(detector, temp, lock, "pubspec.lock");

        assertThat(coordinates(found)).containsExactly("lints@3.0.0");
        assertThat(devCoordinates(found)).containsExactly("lints@3.0.0");
    }
}
