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

/** Corpus: Trivy's conan.lock v2 parser test data; the Conan 1 case written here. */
class ConanLockDetectorTest {

    private final ConanLockDetector detector = new ConanLockDetector();

    @TempDir
    Path temp;

    @Test
    void readsConanTwoRequiresAndBuildRequiresAsDev() throws IOException {
        Detection found = detect(detector, "conan-lock/trivy/happy_v2.lock", "conan.lock");

        assertThat(coordinates(found)).containsExactly("sound32@1.0", "matrix@1.3",
                "automake@1.16.5", "autoconf@2.71");
        assertThat(devCoordinates(found)).containsExactly("automake@1.16.5", "autoconf@2.71");
        assertThat(found.packages().get(0).purl()).isEqualTo("pkg:conan/sound32@1.0");
    }

    @Test
    void readsConanOneGraphNodesSkippingTheRoot() throws IOException {
        String lock = """
                {"graph_lock": {"nodes": {
                  "0": {"options": "", "requires": ["1"]},
                  "1": {"ref": "zlib/1.2.12@user/stable#1ff5ad3c", "options": ""}}},
                 "version": "0.4"}
                """;

        assertThat(coordinates(detectText(detector, temp, lock, "conan.lock")))
                .containsExactly("zlib@1.2.12");
    }
}
