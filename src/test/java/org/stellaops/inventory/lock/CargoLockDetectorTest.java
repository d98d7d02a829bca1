// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;

/** Corpus: Trivy's cargo parser test data, the trivy-ci-test project's lock, syft's. */
class CargoLockDetectorTest {

    private final CargoLockDetector detector = new CargoLockDetector();

    @Test
    void wantsCargoLockByName() {
        assertThat(detector.wants(new FileEntry("src/Cargo.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("src/Cargo.toml", 1, 0644))).isFalse();
    }

    @Test
    void readsFormatThreeSkippingTheWorkspaceCrate() throws IOException {
        Detection found = detect(detector, "cargo-lock/trivy/cargo_v3.lock", "Cargo.lock");

        // 9 [[package]] tables; app 0.1.0 has no source
        assertThat(coordinates(found)).containsExactly("aho-corasick@0.7.20", "libc@0.2.140",
                "memchr@1.0.2", "memchr@2.5.0", "regex@1.7.3", "regex-syntax@0.5.6",
                "regex-syntax@0.6.29", "ucd-util@0.1.10");
        assertThat(found.packages().get(0).purl()).isEqualTo("pkg:cargo/aho-corasick@0.7.20");
    }

    @Test
    void readsPackagesAfterTheMetadataTable() throws IOException {
        Detection found = detect(detector, "cargo-lock/trivy/cargo_mixed.lock", "Cargo.lock");

        // typemap follows [metadata]; url's version is a multi-line string; normal is local
        assertThat(coordinates(found)).containsExactly("libc@0.2.54", "unsafe-any@0.4.2",
                "url@1.7.2", "idna@0.1.5", "matches@0.1.8", "percent-encoding@1.0.1",
                "typemap@0.3.3");
    }

    @Test
    void readsARealProjectLock() throws IOException {
        Detection ci = detect(detector, "cargo-lock/trivy-ci-test/Cargo.lock", "Cargo.lock");
        Detection syft = detect(detector, "cargo-lock/syft/Cargo.lock", "Cargo.lock");

        // 74 tables of which 73 have a source
        assertThat(ci.packages()).hasSize(73);
        // 14 tables, all from crates.io
        assertThat(coordinates(syft)).hasSize(14).startsWith("ansi_term@0.12.1")
                .contains("nom@4.2.3", "windows-sys@0.52.0");
    }
}
