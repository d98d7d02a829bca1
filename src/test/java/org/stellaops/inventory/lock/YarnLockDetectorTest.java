// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InventoryException;

/** Corpus: Trivy's yarn parser test data and syft's v1 and berry lockfiles. */
class YarnLockDetectorTest {

    private final YarnLockDetector detector = new YarnLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsYarnLockOutsideNodeModules() {
        assertThat(detector.wants(new FileEntry("srv/app/yarn.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("node_modules/a/yarn.lock", 1, 0644))).isFalse();
        assertThat(detector.wants(new FileEntry("srv/yarn.lock.bak", 1, 0644))).isFalse();
    }

    @Test
    void readsClassicEntriesOncePerVersion() throws IOException {
        Detection found = detect(detector, "yarn-lock/trivy/yarn_happy.lock", "app/yarn.lock");

        // 18 entries; ansi-regex and strip-ansi each at two versions, all distinct
        assertThat(coordinates(found)).hasSize(18).startsWith("@babel/helper-regex@7.4.4")
                .contains("ansi-regex@2.1.1", "ansi-regex@3.0.0", "inherits@2.0.3",
                        "jquery@3.4.1", "wide-align@1.1.3");
        assertThat(found.packages().get(0).namespace()).isEqualTo("@babel");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void collapsesRepeatedClassicEntries() throws IOException {
        Detection found = detect(detector, "yarn-lock/syft-v1/yarn.lock", "yarn.lock");

        // @types/qs@6.9.4 and atob@2.1.2 are each written twice
        assertThat(coordinates(found)).containsExactly("@babel/code-frame@7.10.4",
                "@types/minimatch@3.0.3", "@types/qs@6.9.4", "ajv@6.12.3", "atob@2.1.2",
                "aws-sdk@2.706.0", "jhipster-core@7.3.4", "asn1.js@4.10.1",
                "c0n-fab_u.laTION@7.7.7");
    }

    @Test
    void skipsLocalFilePackagesButKeepsGit() throws IOException {
        Detection local = detect(detector, "yarn-lock/trivy/yarn_with_local.lock", "yarn.lock");
        Detection git = detect(detector, "yarn-lock/trivy/yarn_with_git.lock", "yarn.lock");

        assertThat(coordinates(local)).containsExactly("asap@2.0.6", "jquery@3.4.1",
                "promise@8.0.3");
        assertThat(coordinates(git)).containsExactly("mapbox-gl-feature-drag-and-drop@1.1.1");
    }

    @Test
    void readsBerrySkippingTheWorkspace() throws IOException {
        Detection found = detect(detector, "yarn-lock/syft-berry/yarn.lock", "yarn.lock");

        assertThat(coordinates(found)).containsExactly("@babel/code-frame@7.10.4",
                "@types/minimatch@3.0.3", "@types/qs@6.9.4", "ajv@6.12.3", "atob@2.1.2",
                "aws-sdk@2.706.0", "jhipster-core@7.3.4", "asn1.js@4.10.1");
    }

    @Test
    void readsBerryPatchedPackagesUnderTheirOwnName() throws IOException {
        Detection found = detect(detector, "yarn-lock/trivy/yarn_v2_happy.lock", "yarn.lock");

        // 18 entries besides __metadata, minus code@workspace:.
        assertThat(coordinates(found)).hasSize(17)
                .contains("fsevents@2.1.3", "assert-plus@1.0.0", "js-tokens@4.0.0",
                        "node-gyp@7.1.0", "wrappy@1.0.2")
                .noneMatch(c -> c.startsWith("code@"));
    }

    @Test
    void resolvesClassicAliases() throws IOException {
        String lock = """
                # yarn lockfile v1

                "case-alias@npm:case@^1.6.3":
                  version "1.6.3"
                """;

        assertThat(coordinates(detectText(detector, temp, lock, "yarn.lock")))
                .containsExactly("case@1.6.3");
    }

    @Test
    void refusesAnUnterminatedHeaderWithItsLine() {
        String lock = "# yarn lockfile v1\n\n\"asap@~2.0.6:\n  version \"2.0.6\"\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "web/yarn.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("web/yarn.lock: line 3: unterminated quoted string");
    }

    @Test
    void refusesTruncatedBerryYaml() {
        String lock = "__metadata:\n  version: 6\n\n\"a@npm:1.0.0\":\n  version: [1.0.0\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "web/yarn.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("web/yarn.lock: malformed YAML at line");
    }
}
