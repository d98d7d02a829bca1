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

/** Corpus: Trivy's go.mod parser test data and integration fixture, and syft's go.mod. */
class GoModDetectorTest {

    private final GoModDetector detector = new GoModDetector();

    @TempDir
    Path temp;

    @Test
    void wantsGoModButNotGoSum() {
        assertThat(detector.wants(new FileEntry("src/app/go.mod", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("src/app/go.sum", 1, 0644))).isFalse();
    }

    @Test
    void readsSingleLineAndBlockRequiresWithIndirectOnes() throws IOException {
        Detection found = detect(detector, "go-mod/trivy-normal/go.mod", "go.mod");

        assertThat(coordinates(found)).containsExactly(
                "github.com/aquasecurity/go-version@v0.0.0-20240603093900-cf8a8d29271d",
                "github.com/davecgh/go-spew@v1.1.2-0.20180830191138-d8f796af33cc",
                "github.com/pmezard/go-difflib@v1.0.1-0.20181226105442-5d4384ee4fb2",
                "github.com/stretchr/testify@v1.9.0",
                "golang.org/x/xerrors@v0.0.0-20231012003039-104605ab7028");
        assertThat(found.packages().get(3).purl())
                .isEqualTo("pkg:golang/github.com/stretchr/testify@v1.9.0");
    }

    @Test
    void readsEveryRequireBlock() throws IOException {
        Detection found = detect(detector, "go-mod/trivy-integration/go.mod", "go.mod");

        // 3 direct requirements and 15 indirect ones
        assertThat(coordinates(found)).hasSize(18)
                .startsWith("github.com/open-policy-agent/opa@v0.35.0")
                .contains("github.com/docker/docker@v20.10.11+incompatible")
                .endsWith("gopkg.in/yaml.v3@v3.0.0-20210107192922-496545a6307b");
    }

    @Test
    void appliesReplaceDirectives() throws IOException {
        Detection trivy = detect(detector, "go-mod/trivy-replaced/go.mod", "go.mod");
        Detection syft = detect(detector, "go-mod/syft-go-sum-hashes/go.mod", "go.mod");

        assertThat(coordinates(trivy)).containsExactly(
                "github.com/aquasecurity/go-dep-parser@v0.0.0-20220406074731-71021a481237",
                "golang.org/x/xerrors@v0.0.0-20200804184101-5ec99f83aff1");
        assertThat(coordinates(syft)).startsWith("github.com/CycloneDX/cyclonedx-go@v0.6.0")
                .hasSize(3);
    }

    @Test
    void dropsModulesReplacedByLocalFoldersWithAWarning() throws IOException {
        String mod = """
                module example.com/app

                go 1.22

                require (
                	example.com/lib v1.2.0
                	example.com/other v0.3.0 // indirect
                	"example.com/quoted" v1.0.0
                )

                replace (
                	example.com/lib => ../lib
                	example.com/other v0.2.0 => example.com/fork v9.9.9
                )
                """;

        Detection found = detectText(detector, temp, mod, "app/go.mod");

        // the replace of other names v0.2.0, not the required v0.3.0, so it does not apply
        assertThat(coordinates(found)).containsExactly("example.com/other@v0.3.0",
                "example.com/quoted@v1.0.0");
        assertThat(found.warnings()).containsExactly("app/go.mod: example.com/lib v1.2.0 is"
                + " replaced by local folder ../lib; skipped");
    }

    @Test
    void refusesAnUnclosedBlock() {
        String mod = "module a\n\nrequire (\n\texample.com/lib v1.2.0\n";

        assertThatThrownBy(() -> detectText(detector, temp, mod, "app/go.mod"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("app/go.mod: 'require (' block is never closed");
    }

    @Test
    void refusesARequireWithoutVersionNamingTheLine() {
        String mod = "module a\n\nrequire example.com/lib\n";

        assertThatThrownBy(() -> detectText(detector, temp, mod, "app/go.mod"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("app/go.mod: line 3: require needs a module path and a version");
    }
}
