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

/** Corpus: pkgdb/python-metadata, Trivy and syft test data (MANIFEST.md lines 347-362). */
class PythonMetadataDetectorTest {

    private final PythonMetadataDetector detector = new PythonMetadataDetector();

    @TempDir
    Path dir;

    @Test
    void wantsDistInfoAndEggInfoMetadataOnly() {
        assertThat(detector.wants(
                entry("usr/lib/python3/dist-packages/Flask-2.0.0.dist-info/METADATA"))).isTrue();
        assertThat(detector.wants(entry("site-packages/requests.egg-info/PKG-INFO"))).isTrue();
        assertThat(detector.wants(entry("site-packages/distlib-0.3.1-py3.9.egg-info"))).isTrue();
        assertThat(detector.wants(entry("src/project/METADATA"))).isFalse();
        assertThat(detector.wants(entry("site-packages/x.dist-info/RECORD"))).isFalse();
        assertThat(detector.wants(entry("PKG-INFO"))).isFalse();
    }

    // each row checked with grep -E '^(Name|Version|License|Classifier: License)' on the file
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trivy/Flask-2.0.0.dist-info/METADATA   | Flask      | 2.0.0  | BSD-3-Clause
            trivy/iniconfig-2.0.0.METADATA         | iniconfig  | 2.0.0  | MIT
            trivy/asyncssh-2.14.2.METADATA         | asyncssh   | 2.14.2 | Eclipse Public License v2.0
            trivy/distlib-0.3.1-py3.9.egg-info     | distlib    | 0.3.1  | Python license
            trivy/setuptools-51.3.3-py3.8.egg-info.PKG-INFO | setuptools | 51.3.3 | MIT License
            trivy/zipp-3.12.1.METADATA             | zipp       | 3.12.1 | MIT License
            syft/egg-info/PKG-INFO                 | requests   | 2.22.0 | Apache 2.0
            syft/with-license-file-declared.dist-info/METADATA | Pygments | 2.6.1 | BSD License
            """)
    void readsNameVersionAndLicence(String file, String name, String version, String license)
            throws Exception {
        Detection found = LangCorpus.detect(detector, "python-metadata/" + file,
                "usr/lib/python3/site-packages/x.dist-info/METADATA");

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.name()).isEqualTo(name);
            assertThat(pkg.version()).isEqualTo(version);
            assertThat(pkg.licenses()).containsExactly(license);
            assertThat(pkg.purl()).isEqualTo("pkg:pypi/" + name.toLowerCase() + "@" + version);
            assertThat(pkg.detector()).isEqualTo("python-metadata");
        });
    }

    @Test
    void takesEveryOsiClassifierWhenNoLicenseField() throws Exception {
        Detection found = LangCorpus.detect(detector,
                "python-metadata/trivy/pyphen-0.14.0.METADATA",
                "site-packages/pyphen-0.14.0.dist-info/METADATA");

        InstalledPackage pkg = found.packages().get(0);
        assertThat(pkg.licenses()).containsExactly(
                "GNU General Public License v2 or later (GPLv2+)",
                "GNU Lesser General Public License v2 or later (LGPLv2+)",
                "Mozilla Public License 1.1 (MPL 1.1)");
    }

    @Test
    void unknownLicenseWithoutClassifierGivesNone() throws Exception {
        // License: UNKNOWN and no License :: classifier
        Detection found = LangCorpus.detect(detector,
                "python-metadata/trivy/unidecode-egg-info.PKG-INFO", "x.egg-info/PKG-INFO");

        assertThat(found.packages().get(0).name()).isEqualTo("Unidecode");
        assertThat(found.packages().get(0).licenses()).isEmpty();
    }

    @Test
    void readsNothingOfTheBody() throws Exception {
        // networkx's description body has a "License" heading after the blank line
        Detection found = LangCorpus.detect(detector,
                "python-metadata/trivy/networkx-3.0.METADATA", "x.dist-info/METADATA");

        assertThat(found.packages().get(0).version()).isEqualTo("3.0");
        assertThat(found.packages().get(0).licenses()).isEmpty();
    }

    @Test
    void skipsLicenceTextInTheLicenseField() throws Exception {
        Path file = Files.writeString(dir.resolve("METADATA"), """
                Metadata-Version: 2.1
                Name: textual
                Version: 1.0
                License: Copyright (c) 2020 Someone
                        Permission is hereby granted, free of charge, to any person
                Classifier: License :: OSI Approved :: MIT License

                body
                """);

        Detection found = detector.detect(new PathFileContent(file, "t.dist-info/METADATA"));

        assertThat(found.packages().get(0).licenses()).containsExactly("MIT License");
    }

    @Test
    void refusesAHeaderBlockPastTheLimit() throws Exception {
        Path file = dir.resolve("METADATA");
        String line = "Classifier: " + "x".repeat(1000) + "\n";
        Files.writeString(file, "Name: huge\nVersion: 1\n" + line.repeat(1100));

        assertThatThrownBy(() -> detector.detect(
                new PathFileContent(file, "h.dist-info/METADATA")))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("h.dist-info/METADATA: no end of the header block");
    }

    @Test
    void warnsWhenNameIsMissing() throws Exception {
        Path file = Files.writeString(dir.resolve("METADATA"), "Version: 1.0\n");

        Detection found = detector.detect(new PathFileContent(file, "n.dist-info/METADATA"));

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings())
                .containsExactly("n.dist-info/METADATA: no Name or Version header");
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, 100, 0644);
    }
}
