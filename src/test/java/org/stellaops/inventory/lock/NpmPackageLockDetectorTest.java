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
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;

/** Corpus: Trivy's npm parser test data (v1/v2/v3 of one project) and syft's alias lockfile. */
class NpmPackageLockDetectorTest {

    private final NpmPackageLockDetector detector = new NpmPackageLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsProjectLockfilesOnly() {
        assertThat(detector.wants(new FileEntry("app/package-lock.json", 10, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("npm-shrinkwrap.json", 10, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/node_modules/.package-lock.json", 1, 0)))
                .isFalse();
        assertThat(detector.wants(new FileEntry("app/node_modules/x/package-lock.json", 1, 0)))
                .isFalse();
        assertThat(detector.wants(new FileEntry("app/package.json", 10, 0644))).isFalse();
    }

    @Test
    void readsVersionOneNestedDependencies() throws IOException {
        Detection found = detect(detector, "npm-package-lock/trivy/package-lock_v1.json",
                "app/package-lock.json");

        // 28 top-level entries, plus nested debug@2.6.9, ms@2.0.0 (under body-parser and again
        // under finalhandler) and ms@0.7.2 (under debug): 31 distinct
        assertThat(found.packages()).hasSize(31);
        assertThat(coordinates(found)).startsWith("@babel/helper-string-parser@7.19.4",
                "asap@2.0.6", "body-parser@1.18.3", "debug@2.6.9", "ms@2.0.0");
        assertThat(coordinates(found)).contains("debug@2.5.2", "ms@0.7.2", "ms@1.0.0",
                "unpipe@1.0.0");
        assertThat(devCoordinates(found)).containsExactly("debug@2.5.2", "ms@0.7.2");
        InstalledPackage scoped = found.packages().get(0);
        assertThat(scoped.namespace()).isEqualTo("@babel");
        assertThat(scoped.purl()).isEqualTo("pkg:npm/%40babel/helper-string-parser@7.19.4");
        assertThat(scoped.path()).isEqualTo("app/package-lock.json");
        assertThat(scoped.detector()).isEqualTo("npm-package-lock");
    }

    @Test
    void versionsTwoAndThreeAgreeWithVersionOne() throws IOException {
        Detection v1 = detect(detector, "npm-package-lock/trivy/package-lock_v1.json", "a");
        Detection v2 = detect(detector, "npm-package-lock/trivy/package-lock_v2.json", "b");
        Detection v3 = detect(detector, "npm-package-lock/trivy/package-lock_v3.json", "c");

        assertThat(coordinates(v2)).containsExactlyInAnyOrderElementsOf(coordinates(v1));
        assertThat(coordinates(v3)).containsExactlyInAnyOrderElementsOf(coordinates(v1));
        assertThat(devCoordinates(v3)).containsExactlyInAnyOrder("debug@2.5.2", "ms@0.7.2");
    }

    @Test
    void skipsRootLinksAndWorkspaceFolders() throws IOException {
        Detection found = detect(detector,
                "npm-package-lock/trivy/package-lock_v3_with_workspace.json", "package-lock.json");

        // "" is the project, functions/* are workspace folders, node_modules/function1 and
        // node_modules/nested_func are links to them
        assertThat(coordinates(found)).containsExactly("debug@2.6.9", "debug@2.5.2",
                "ms@0.7.2", "ms@2.0.0");
    }

    @Test
    void reportsTheRealPackageOfAnAlias() throws IOException {
        Detection v2 = detect(detector, "npm-package-lock/syft/alias-package-lock-2.json", "p");

        assertThat(coordinates(v2)).containsExactly("case@1.6.2", "case@1.6.3",
                "@bundled-es-modules/chai@4.2.2");
    }

    @Test
    void readsVersionOneAliases() throws IOException {
        String lock = """
                {"lockfileVersion": 1, "dependencies": {
                  "case-alias": {"version": "npm:case@1.6.3"},
                  "chai": {"version": "npm:@bundled-es-modules/chai@4.2.2"},
                  "local": {"version": "file:../local"}}}
                """;

        Detection found = detectText(detector, temp, lock, "package-lock.json");

        assertThat(coordinates(found)).containsExactly("case@1.6.3",
                "@bundled-es-modules/chai@4.2.2");
        assertThat(found.warnings()).containsExactly("package-lock.json: 1 dependencies without"
                + " a registry version skipped: local@file:../local");
    }

    @Test
    void refusesTruncatedJsonNamingFileAndPosition() {
        String lock = "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/a\": {\"versi";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "web/package-lock.json"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("web/package-lock.json: malformed JSON at line 1, column");
    }
}
