// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.PackageDetector;

class LanguageDetectorsTest {

    @Test
    void listsEveryDetectorOnceInAFixedOrder() {
        assertThat(LanguageDetectors.all()).extracting(PackageDetector::id).containsExactly(
                "python-metadata", "npm-package-json", "java-archive", "dotnet-deps", "gemspec",
                "composer-installed", "native-binary");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            usr/lib/python3.11/site-packages/idna-3.6.dist-info/METADATA | 0644 | python-metadata
            usr/lib/python3/dist-packages/six-1.16.0.egg-info             | 0644 | python-metadata
            app/node_modules/@types/node/package.json                    | 0644 | npm-package-json
            app/WEB-INF/lib/guava-33.0.0-jre.jar                         | 0644 | java-archive
            app/Api.deps.json                                            | 0644 | dotnet-deps
            usr/local/bundle/specifications/rack-3.0.9.gemspec           | 0644 | gemspec
            var/www/vendor/composer/installed.json                       | 0644 | composer-installed
            usr/local/bin/kubectl                                        | 0755 | native-binary
            app/package.json                                             | 0644 |
            etc/passwd                                                   | 0644 |
            """)
    void routesEachKindOfFileToOneDetector(String path, String mode, String expected) {
        FileEntry entry = new FileEntry(path, 4096, Integer.parseInt(mode, 8));

        List<String> wanting = LanguageDetectors.all().stream()
                .filter(detector -> detector.wants(entry)).map(PackageDetector::id).toList();

        assertThat(wanting).isEqualTo(expected == null ? List.of() : List.of(expected));
    }
}
