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
import org.stellaops.inventory.InventoryException;

/** Corpus: syft's Pipfile.lock and the one of aquasecurity/trivy-ci-test. */
class PipfileLockDetectorTest {

    private final PipfileLockDetector detector = new PipfileLockDetector();

    @TempDir
    Path temp;

    @Test
    void readsDefaultThenDevelop() throws IOException {
        Detection found = detect(detector, "pipfile-lock/syft/Pipfile.lock", "Pipfile.lock");

        assertThat(coordinates(found)).containsExactly("aio-pika@6.8.0", "aiodns@2.0.0",
                "aiohttp@3.7.4.post0", "aiohttp-jinja2@1.4.2", "astroid@2.5.2",
                "autopep8@1.5.6");
        assertThat(devCoordinates(found)).containsExactly("astroid@2.5.2", "autopep8@1.5.6");
    }

    @Test
    void keepsPackagesInBothSectionsAsRuntimeAndWarnsOfUnpinned() throws IOException {
        Detection found = detect(detector, "pipfile-lock/trivy-ci-test/Pipfile.lock",
                "Pipfile.lock");

        // default: 55 entries, django-postgres-extra is an editable git checkout without a
        // version; develop: 37 entries, 6 of them (six, pyyaml, pytz...) also in default
        assertThat(found.packages()).hasSize(54 + 37 - 6);
        assertThat(devCoordinates(found)).hasSize(37 - 6).contains("appdirs@1.4.3")
                .doesNotContain("six@1.12.0", "pyyaml@5.1");
        assertThat(coordinates(found)).startsWith("amqp@2.4.2").contains("six@1.12.0");
        assertThat(found.warnings()).containsExactly("Pipfile.lock: 1 entries without a pinned"
                + " version skipped: django-postgres-extra");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> detectText(detector, temp, "[1, 2]", "app/Pipfile.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("app/Pipfile.lock: JSON root is array, not an object");
    }

    @Test
    void refusesTruncatedJson() {
        assertThatThrownBy(() -> detectText(detector, temp, "{\"default\": {\"a\": {",
                "Pipfile.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("Pipfile.lock: malformed JSON at line 1");
    }
}
