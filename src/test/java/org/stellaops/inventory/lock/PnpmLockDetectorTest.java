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

/** Corpus: Trivy's pnpm parser test data (v5.3, v5.4, v6, v9) and syft's v6 and v9 files. */
class PnpmLockDetectorTest {

    private final PnpmLockDetector detector = new PnpmLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsProjectLockfilesOnly() {
        assertThat(detector.wants(new FileEntry("app/pnpm-lock.yaml", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/node_modules/.pnpm/lock.yaml", 1, 0)))
                .isFalse();
        assertThat(detector.wants(new FileEntry("node_modules/x/pnpm-lock.yaml", 1, 0)))
                .isFalse();
    }

    @Test
    void readsVersionFiveKeys() throws IOException {
        Detection found = detect(detector, "pnpm-lock/trivy/pnpm-lock_normal.yaml", "p.yaml");

        assertThat(coordinates(found)).containsExactly("asap@2.0.6", "jquery@3.6.0",
                "promise@8.1.0");
    }

    @Test
    void stripsVersionFivePeerSuffixesAndReadsDev() throws IOException {
        Detection found = detect(detector, "pnpm-lock/trivy/pnpm-lock_many.yaml", "p.yaml");

        // 134 '/name/version' entries, 78 of them with 'dev: true'
        assertThat(found.packages()).hasSize(134);
        assertThat(devCoordinates(found)).hasSize(78).contains("mocha@10.0.0");
        assertThat(coordinates(found)).contains("debug@4.3.4")
                .noneMatch(c -> c.contains("_"));
    }

    @Test
    void readsVersionSixKeysWithPeersAndDev() throws IOException {
        Detection plain = detect(detector, "pnpm-lock/trivy/pnpm-lock_v6.yaml", "p.yaml");
        Detection dev = detect(detector, "pnpm-lock/trivy/pnpm-lock_v6_with_dev.yaml", "p.yaml");
        Detection syft = detect(detector, "pnpm-lock/syft-v6/pnpm-lock.yaml", "p.yaml");

        assertThat(coordinates(plain)).containsExactly("asap@2.0.6", "jquery@3.6.0",
                "promise@8.1.0");
        // 85 entries, 79 with 'dev: true'
        assertThat(dev.packages()).hasSize(85);
        assertThat(devCoordinates(dev)).hasSize(79).contains("debug@4.3.4",
                "@ungap/promise-all-settled@1.1.2");
        assertThat(coordinates(dev)).startsWith("@babel/runtime@7.22.3");
        assertThat(coordinates(syft)).hasSize(10).contains("@testing-library/react@13.4.0",
                "@testing-library/user-event@13.5.0", "react-dom@18.2.0", "react@18.2.0");
    }

    @Test
    void readsVersionNineSkippingEntriesWithoutRegistryVersion() throws IOException {
        Detection found = detect(detector, "pnpm-lock/trivy/pnpm-lock_v9.yaml", "p.yaml");

        // 22 packages; the package1 folder has no version field, while the tarballs state one
        assertThat(found.packages()).hasSize(21);
        assertThat(coordinates(found)).contains("@babel/helper-string-parser@7.24.1",
                "asynckit@0.4.0", "is-negative@2.0.1", "debug@4.3.4", "debug@4.3.5",
                "unpipe@1.0.0");
        assertThat(found.warnings()).containsExactly("p.yaml: 1 entries without a registry"
                + " version skipped: package1@file:package1");
    }

    @Test
    void worksOutVersionNineDevPackagesFromTheImporters() throws IOException {
        Detection found = detect(detector, "pnpm-lock/trivy/pnpm-lock_v9.yaml", "p.yaml");

        // devDependencies of "." and "subdir": jquery, lodash (file tarball), ms@2.0.0 and
        // await-sleep; ms@2.0.0 is also reached from finalhandler -> debug@4.3.4, so it is not
        // dev; nothing else depends on the other three
        assertThat(devCoordinates(found)).containsExactly("await-sleep@0.0.1", "jquery@3.6.0",
                "lodash@4.17.21");
    }

    @Test
    void readsEveryYamlDocument() throws IOException {
        Detection found = detect(detector,
                "pnpm-lock/trivy/pnpm-lock_v9_multiple_documents.yaml", "p.yaml");

        // 19 packages in the first document, is-number in the second
        assertThat(found.packages()).hasSize(20);
        assertThat(coordinates(found)).startsWith("@pnpm/exe@11.9.0")
                .endsWith("is-number@7.0.0").contains("pnpm@11.9.0", "detect-libc@2.1.2");
    }

    @Test
    void readsSlashKeysUnderVersionNine() throws IOException {
        Detection found = detect(detector, "pnpm-lock/syft-v9/pnpm-lock.yaml", "p.yaml");

        assertThat(coordinates(found)).containsExactly("@babel/core@7.24.7",
                "@babel/helper-plugin-utils@7.24.7", "is-positive@3.1.0", "rollup@4.18.0");
    }

    @Test
    void readsALockfileLargerThanSnakeYamlsDefaultLimit() throws IOException {
        StringBuilder lock = new StringBuilder("lockfileVersion: '9.0'\n\npackages:\n\n");
        for (int i = 0; i < 40_000; i++) {
            lock.append("  pkg-").append(i).append("@1.0.").append(i).append(":\n")
                    .append("    resolution: {integrity: sha512-").append("A".repeat(64))
                    .append("}\n\n");
        }
        // SnakeYAML refuses documents over 3 MB unless told otherwise
        assertThat(lock.length()).isGreaterThan(4_000_000);

        Detection found = detectText(detector, temp, lock.toString(), "pnpm-lock.yaml");

        assertThat(found.packages()).hasSize(40_000);
        assertThat(coordinates(found)).endsWith("pkg-39999@1.0.39999");
    }

    @Test
    void refusesTruncatedYaml() {
        String lock = "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integ";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "pnpm-lock.yaml"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("pnpm-lock.yaml: malformed YAML");
    }
}
