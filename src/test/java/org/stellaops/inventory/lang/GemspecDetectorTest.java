// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.PathFileContent;

/** Corpus: pkgdb/gemspec, Trivy and syft test data (MANIFEST.md lines 275-280). */
class GemspecDetectorTest {

    private final GemspecDetector detector = new GemspecDetector();

    @TempDir
    Path dir;

    @Test
    void wantsInstalledSpecificationsOnly() {
        assertThat(detector.wants(new FileEntry(
                "usr/local/bundle/specifications/rake-13.0.3.gemspec", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("src/app/app.gemspec", 1, 0644))).isFalse();
    }

    // values checked with grep -nE '\.(name|version|licenses?) *=' on each file
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syft/bundler.gemspec             | bundler    | 2.1.4  | MIT
            syft/formatador.gemspec          | formatador | 1.1.0  | MIT
            trivy/license.gemspec            | async      | 1.25.0 | MIT
            trivy/multiple_licenses.gemspec  | test-unit  | 3.3.7  | Ruby,BSDL,PSFL
            trivy/normal00.gemspec           | rake       | 13.0.3 | MIT
            trivy/normal01.gemspec           | async      | 1.25.0 | MIT
            """)
    void readsGeneratedGemspec(String file, String name, String version, String licenses)
            throws Exception {
        Detection found = LangCorpus.detect(detector, "gemspec/" + file,
                "var/lib/gems/3.1.0/specifications/" + name + ".gemspec");

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.purl()).isEqualTo("pkg:gem/" + name + "@" + version);
            assertThat(pkg.licenses()).containsExactly(licenses.split(","));
        });
    }

    @Test
    void readsGemVersionNew() throws Exception {
        Path file = Files.writeString(dir.resolve("x.gemspec"), """
                Gem::Specification.new do |s|
                  s.name = "nokogiri".freeze
                  s.version = Gem::Version.new("1.16.2")
                end
                """);

        Detection found = detector.detect(new PathFileContent(file, "specifications/x.gemspec"));

        assertThat(found.packages().get(0).purl()).isEqualTo("pkg:gem/nokogiri@1.16.2");
    }

    @Test
    void readsPercentQStringsOfOldRubyGems() throws Exception {
        Path file = Files.writeString(dir.resolve("x.gemspec"), """
                Gem::Specification.new do |s|
                  s.name = %q{rack}
                  s.version = "1.0.1"
                  s.licenses = [%q{MIT}]
                end
                """);

        Detection found = detector.detect(new PathFileContent(file, "specifications/x.gemspec"));

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.purl()).isEqualTo("pkg:gem/rack@1.0.1");
            assertThat(pkg.licenses()).containsExactly("MIT");
        });
    }

    @Test
    void warnsOnComputedVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("x.gemspec"),
                "s.name = \"x\"\ns.version = X::VERSION\n");

        Detection found = detector.detect(new PathFileContent(file, "specifications/x.gemspec"));

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings())
                .containsExactly("specifications/x.gemspec: no literal name or version");
    }
}
