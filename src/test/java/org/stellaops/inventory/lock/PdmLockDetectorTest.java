// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.FileEntry;

/** Corpus: syft's pdm.lock test data. */
class PdmLockDetectorTest {

    private final PdmLockDetector detector = new PdmLockDetector();

    @Test
    void wantsPdmLockByName() {
        assertThat(detector.wants(new FileEntry("pdm.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("poetry.lock", 1, 0644))).isFalse();
    }

    @Test
    void readsEveryPackageTable() throws IOException {
        assertThat(coordinates(detect(detector, "pdm-lock/syft/pdm.lock", "pdm.lock")))
                .containsExactly("certifi@2025.1.31", "chardet@3.0.4",
                        "charset-normalizer@2.0.12", "colorama@0.3.9", "idna@2.7", "py@1.4.34",
                        "pytest@3.2.5", "requests@2.27.1", "setuptools@39.2.0",
                        "urllib3@1.26.20");
    }
}
