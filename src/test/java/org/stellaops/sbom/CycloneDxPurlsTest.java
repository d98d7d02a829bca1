// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycloneDxPurlsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryComponentPurlIncludingNestedOnes() throws Exception {
        Path sbom = write("""
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.5",
                  "metadata": {"component": {"name": "app", "purl": "pkg:npm/app@1.0.0"}},
                  "components": [
                    {"name": "a", "purl": "pkg:npm/a@1.0.0",
                     "components": [{"name": "b", "purl": "pkg:npm/%40scope/b@2.0.0"}]},
                    {"name": "no-purl"},
                    {"name": "c", "purl": "pkg:pypi/c@3.0",
                     "externalReferences": [{"purl": "pkg:npm/not-a-component@1"}]}
                  ],
                  "dependencies": [{"ref": "a", "purl": "pkg:npm/ignored@1"}]
                }
                """);

        assertThat(CycloneDxPurls.read(sbom))
                .containsExactly("pkg:npm/a@1.0.0", "pkg:npm/%40scope/b@2.0.0", "pkg:pypi/c@3.0");
    }

    @Test
    void readsTheExampleJuiceShopSbom() throws Exception {
        List<String> purls =
                CycloneDxPurls.read(Path.of("examples/sbom/juice-shop-11.1.2.cdx.json"));

        // 840 components, each with a purl; the subject in metadata is not one of them
        assertThat(purls).hasSize(840).contains("pkg:npm/body-parser@1.19.0")
                .doesNotContain("pkg:npm/juice-shop@11.1.2");
    }

    @Test
    void rejectsJsonThatIsNotCycloneDx() throws Exception {
        Path spdx = write("""
                {"spdxVersion": "SPDX-2.3", "packages": [{"name": "a"}]}
                """);

        assertThatThrownBy(() -> CycloneDxPurls.read(spdx)).isInstanceOf(SbomException.class)
                .hasMessageContaining(spdx.toString())
                .hasMessageContaining("not a CycloneDX JSON document");
    }

    @Test
    void rejectsTopLevelArray() throws Exception {
        Path array = write("[1, 2]");

        assertThatThrownBy(() -> CycloneDxPurls.read(array)).isInstanceOf(SbomException.class)
                .hasMessageContaining("no top-level object");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path broken = write("""
                {
                  "bomFormat": "CycloneDX",
                  "components": [ {"purl": "pkg:npm/a@1.0.0"} oops ]
                }
                """);

        assertThatThrownBy(() -> CycloneDxPurls.read(broken)).isInstanceOf(SbomException.class)
                .hasMessageContaining(broken + " at line 3, column")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void missingFileIsAnSbomError() {
        Path missing = dir.resolve("absent.json");

        assertThatThrownBy(() -> CycloneDxPurls.read(missing)).isInstanceOf(SbomException.class)
                .hasMessageContaining("cannot read");
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "sbom", ".json");
        Files.writeString(file, content);
        return file;
    }
}
