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

/** Corpus: Trivy's packages.config test data (which starts with a byte-order mark). */
class NugetPackagesConfigDetectorTest {

    private final NugetPackagesConfigDetector detector = new NugetPackagesConfigDetector();

    @TempDir
    Path temp;

    @Test
    void readsEveryPackageElement() throws IOException {
        Detection found = detect(detector, "nuget-packages-config/trivy/packages.config",
                "src/packages.config");

        assertThat(coordinates(found)).containsExactly("Microsoft.AspNet.WebApi@5.2.2",
                "Newtonsoft.Json@6.0.4");
    }

    @Test
    void marksDevelopmentDependencies() throws IOException {
        String config = """
                <packages>
                  <package id="StyleCop.Analyzers" version="1.1.118" developmentDependency="true"/>
                  <package id="Dapper" version="2.1.35"/>
                </packages>
                """;

        Detection found = detectText(detector, temp, config, "packages.config");

        assertThat(devCoordinates(found)).containsExactly("StyleCop.Analyzers@1.1.118");
        assertThat(found.packages()).hasSize(2);
    }

    @Test
    void refusesADoctype() {
        String config = """
                <?xml version="1.0"?>
                <!DOCTYPE packages [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <packages><package id="&xxe;" version="1.0"/></packages>
                """;

        assertThatThrownBy(() -> detectText(detector, temp, config, "app/packages.config"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("app/packages.config: malformed XML at line 2")
                .hasMessageContaining("DOCTYPE");
    }
}
