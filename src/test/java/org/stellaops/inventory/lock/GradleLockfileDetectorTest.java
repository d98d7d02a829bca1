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

/** Corpus: Trivy's gradle lockfile parser test data and integration fixture. */
class GradleLockfileDetectorTest {

    private final GradleLockfileDetector detector = new GradleLockfileDetector();

    @TempDir
    Path temp;

    @Test
    void wantsGradleLockfileByName() {
        assertThat(detector.wants(new FileEntry("app/gradle.lockfile", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/build.gradle", 1, 0644))).isFalse();
    }

    @Test
    void readsModulesSkippingCommentsAndEmpty() throws IOException {
        Detection found = detect(detector, "gradle-lockfile/trivy/happy.lockfile",
                "app/gradle.lockfile");

        // the indented '# io.grpc...' line is a comment
        assertThat(coordinates(found)).containsExactly("cglib/cglib-nodep@2.1.2",
                "junit/junit@4.13.2", "org.springframework/spring-asm@3.1.3.RELEASE",
                "org.springframework/spring-beans@5.0.5.RELEASE");
        // junit is locked in test configurations only; cglib also in 'classpath'
        assertThat(devCoordinates(found)).containsExactly("junit/junit@4.13.2");
        assertThat(found.packages().get(1).purl()).isEqualTo("pkg:maven/junit/junit@4.13.2");
    }

    @Test
    void readsTheIntegrationFixture() throws IOException {
        Detection found = detect(detector, "gradle-lockfile/trivy-integration/gradle.lockfile",
                "gradle.lockfile");

        assertThat(coordinates(found))
                .containsExactly("com.fasterxml.jackson.core/jackson-databind@2.9.1");
    }

    @Test
    void refusesALineThatIsNotACoordinate() {
        String lock = "# comment\norg.example:only-two=compileClasspath\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "gradle.lockfile"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("gradle.lockfile: line 2: not 'group:artifact:version=configurations'");
    }
}
