// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PathFileContent;

/** Corpus: pkgdb/npm-package-json, Trivy and syft test data (MANIFEST.md lines 298-305). */
class NpmPackageJsonDetectorTest {

    private final NpmPackageJsonDetector detector = new NpmPackageJsonDetector();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            app/node_modules/react/package.json                        | true
            node_modules/@babel/core/package.json                      | true
            app/node_modules/a/node_modules/b/package.json             | true
            app/package.json                                           | false
            package.json                                               | false
            app/node_modules/react/test/fixtures/package.json          | false
            app/node_modules/@babel/package.json                       | false
            app/node_modules/package.json                              | false
            app/node_modules/react/index.js                            | false
            """)
    void wantsPackageFoldersOfNodeModulesOnly(String path, boolean wanted) {
        assertThat(detector.wants(new FileEntry(path, 10, 0644))).isEqualTo(wanted);
    }

    // values checked with python3 -c 'json.load(...)["name"/"version"/"license"]'
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trivy-node_modules/jquery/package.json   | jquery   | 3.3.9  | MIT
            trivy-node_modules/promise/package.json  | promise  | 8.0.3  | MIT
            trivy-node_modules/react/package.json    | react    | 16.8.6 | MIT
            trivy-node_modules/react-is/package.json | react-is | 16.8.6 | MIT
            trivy-node_modules/redux/package.json    | redux    | 4.0.1  | MIT
            trivy/package.json                       | bootstrap | 5.0.2 | MIT
            syft/package.json                        | npm      | 6.14.6 | Artistic-2.0
            trivy/legacy_package.json                | angular  | 4.1.2  | ISC
            """)
    void readsInstalledPackage(String file, String name, String version, String license)
            throws Exception {
        String path = "usr/lib/node_modules/" + name + "/package.json";

        Detection found = LangCorpus.detect(detector, "npm-package-json/" + file, path);

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.purl()).isEqualTo("pkg:npm/" + name + "@" + version);
            assertThat(pkg.licenses()).containsExactly(license);
            assertThat(pkg.path()).isEqualTo(path);
        });
    }

    @Test
    void splitsScopeIntoNamespace() throws Exception {
        Path file = Files.writeString(dir.resolve("package.json"),
                "{\"name\": \"@babel/core\", \"version\": \"7.24.0\", \"license\": \"MIT\"}");

        Detection found = detector.detect(
                new PathFileContent(file, "node_modules/@babel/core/package.json"));

        InstalledPackage pkg = found.packages().get(0);
        assertThat(pkg.namespace()).isEqualTo("@babel");
        assertThat(pkg.name()).isEqualTo("core");
        assertThat(pkg.purl()).isEqualTo("pkg:npm/%40babel/core@7.24.0");
    }

    @Test
    void skipsPackageWithoutVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");

        assertThat(detector.detect(new PathFileContent(file, "node_modules/x/package.json"))
                .packages()).isEmpty();
    }

    @Test
    void namesFileLineAndColumnOfMalformedJson() throws Exception {
        Path file = Files.writeString(dir.resolve("package.json"),
                "{\n  \"name\": \"x\",\n  \"version\": 1.0.0\n}");

        assertThatThrownBy(() -> detector.detect(
                new PathFileContent(file, "node_modules/x/package.json")))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("node_modules/x/package.json: malformed JSON at line 3,");
    }
}
