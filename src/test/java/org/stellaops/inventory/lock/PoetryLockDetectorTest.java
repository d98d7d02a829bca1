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

/** Corpus: Trivy's poetry parser test data (Poetry 1 and 2 locks of one project) and syft's. */
class PoetryLockDetectorTest {

    private final PoetryLockDetector detector = new PoetryLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsPoetryLockByName() {
        assertThat(detector.wants(new FileEntry("srv/poetry.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("srv/pyproject.toml", 1, 0644))).isFalse();
    }

    @Test
    void readsEveryPackageTable() throws IOException {
        Detection normal = detect(detector, "poetry-lock/trivy/poetry_normal.lock", "poetry.lock");
        Detection extras = detect(detector, "poetry-lock/syft-nested-extras/poetry.lock", "p");

        assertThat(coordinates(normal)).containsExactly("pypi@2.1");
        assertThat(normal.packages().get(0).purl()).isEqualTo("pkg:pypi/pypi@2.1");
        // 39 [[package]] tables
        assertThat(coordinates(extras)).hasSize(39).startsWith("annotated-types@0.7.0")
                .endsWith("websockets@12.0").contains("fastapi@0.111.0", "pydantic-core@2.18.2");
    }

    @Test
    void poetryOneCategoryAndPoetryTwoGroupsAgreeOnDev() throws IOException {
        Detection v1 = detect(detector, "poetry-lock/trivy/poetry_flask.lock", "poetry.lock");
        Detection v2 = detect(detector, "poetry-lock/trivy/poetry_v2_flask.lock", "poetry.lock");

        // category = "dev" in the first, groups = ["dev"] in the second; colorama is in
        // groups ["main", "dev"] and so is not dev
        assertThat(v1.packages()).hasSize(15);
        assertThat(devCoordinates(v1)).containsExactly("atomicwrites@1.4.1", "attrs@25.1.0",
                "more-itertools@10.6.0", "packaging@24.2", "py@1.11.0", "pytest@5.4.3",
                "wcwidth@0.2.13");
        assertThat(coordinates(v2)).isEqualTo(coordinates(v1));
        assertThat(devCoordinates(v2)).isEqualTo(devCoordinates(v1));
    }

    @Test
    void refusesTruncatedTomlNamingTheLine() {
        String lock = "[[package]]\nname = \"pypi\"\nversion = \"2.1\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "srv/poetry.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("srv/poetry.lock: malformed TOML at line 3");
    }

    @Test
    void refusesAPackageWithoutVersion() {
        String lock = "[[package]]\nname = \"pypi\"\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "poetry.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("poetry.lock: package 0 lacks a name or version");
    }
}
