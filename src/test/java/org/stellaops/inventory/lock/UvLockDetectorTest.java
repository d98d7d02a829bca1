// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.devCoordinates;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;

/** Corpus: Trivy's uv parser test data. */
class UvLockDetectorTest {

    private final UvLockDetector detector = new UvLockDetector();

    @Test
    void wantsUvLockByName() {
        assertThat(detector.wants(new FileEntry("app/uv.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/uv.toml", 1, 0644))).isFalse();
    }

    @Test
    void readsPackagesExceptTheVirtualProject() throws IOException {
        Detection found = detect(detector, "uv-lock/trivy/uv_normal.lock", "app/uv.lock");

        // 21 [[package]] tables; "normal" 0.1.0 has source = { virtual = "." }
        assertThat(coordinates(found)).hasSize(20).startsWith("anyio@4.7.0", "certifi@2024.12.14")
                .endsWith("urllib3@2.2.3").contains("httpx@0.28.1", "requests@2.32.0")
                .doesNotContain("normal@0.1.0");
        assertThat(found.packages()).allSatisfy(p -> assertThat(p.type()).isEqualTo("pypi"));
    }

    @Test
    void marksWhatOnlyTheDevGroupNeeds() throws IOException {
        Detection found = detect(detector, "uv-lock/trivy/uv_normal.lock", "uv.lock");

        // group dev = [pytest]; pytest needs colorama, iniconfig, packaging, pluggy, tomli and
        // exceptiongroup, but anyio (under httpx, a runtime dependency) needs exceptiongroup too
        assertThat(devCoordinates(found)).containsExactly("colorama@0.4.6", "iniconfig@2.0.0",
                "packaging@24.2", "pluggy@1.5.0", "pytest@8.3.4", "tomli@2.2.1");
    }
}
