// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;

/** Corpus: Trivy's mix.lock parser test data. */
class MixLockDetectorTest {

    private final MixLockDetector detector = new MixLockDetector();

    @TempDir
    Path temp;

    @Test
    void readsHexEntriesSkippingGit() throws IOException {
        Detection found = detect(detector, "mix-lock/trivy/happy.mix.lock", "app/mix.lock");

        // esaml is a :git dependency
        assertThat(coordinates(found)).containsExactly("bunt@0.2.0", "credo@1.6.6",
                "file_system@0.2.10", "jason@1.3.0");
        assertThat(found.packages().get(0).purl()).isEqualTo("pkg:hex/bunt@0.2.0");
    }

    @Test
    void usesTheHexPackageNameOverTheKey() throws IOException {
        String lock = "%{\n  \"my_alias\": {:hex, :real_name, \"2.0.1\", \"abc\", [:mix], [],"
                + " \"hexpm\", \"def\"},\n}\n";

        assertThat(coordinates(detectText(detector, temp, lock, "mix.lock")))
                .containsExactly("real_name@2.0.1");
    }
}
