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
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;

/** Corpus: syft's Gemfile.lock (GEM, GIT, PATH and a bogus section) and Trivy's bundler 2. */
class GemfileLockDetectorTest {

    private final GemfileLockDetector detector = new GemfileLockDetector();

    @TempDir
    Path temp;

    @Test
    void wantsBundlerLockfiles() {
        assertThat(detector.wants(new FileEntry("app/Gemfile.lock", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/gems.locked", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/Gemfile", 1, 0644))).isFalse();
    }

    @Test
    void readsGemAndGitSpecsButNotPathOrUnknownSections() throws IOException {
        Detection found = detect(detector, "gemfile-lock/syft/Gemfile.lock", "Gemfile.lock");

        // GIT: turbolinks; GEM: 50 specs from actionmailer to unicorn
        assertThat(coordinates(found)).hasSize(51)
                .startsWith("turbolinks@3.0.0", "actionmailer@4.1.1", "actionpack@4.1.1")
                .contains("arel@5.0.1.20140414130214", "libv8@3.16.14.3", "treetop@1.4.15")
                .endsWith("unicorn@4.8.3")
                .doesNotContain("google-cloud-errors@1.3.0", "bad-entry@5.5.5");
        assertThat(found.packages().get(1).purl()).isEqualTo("pkg:gem/actionmailer@4.1.1");
    }

    @Test
    void readsBundlerTwoLockfile() throws IOException {
        Detection found = detect(detector, "gemfile-lock/trivy/Gemfile_bundler2.lock", "g");

        assertThat(coordinates(found)).containsExactly("coderay@1.1.3",
                "concurrent-ruby@1.1.10", "dotenv@2.7.6", "faker@2.21.0", "i18n@1.10.0",
                "json@2.6.2", "method_source@1.0.0", "pry@0.14.1");
    }

    @Test
    void movesAPlatformSuffixToTheQualifier() throws IOException {
        String lock = """
                GEM
                  remote: https://rubygems.org/
                  specs:
                    nokogiri (1.16.5-x86_64-linux)
                      racc (~> 1.4)
                    racc (1.7.3)
                """;

        Detection found = detectText(detector, temp, lock, "Gemfile.lock");

        InstalledPackage nokogiri = found.packages().get(0);
        assertThat(nokogiri.version()).isEqualTo("1.16.5");
        assertThat(nokogiri.purl()).isEqualTo("pkg:gem/nokogiri@1.16.5?platform=x86_64-linux");
        assertThat(coordinates(found)).containsExactly("nokogiri@1.16.5", "racc@1.7.3");
    }

    @Test
    void refusesASpecLineWithoutVersion() {
        String lock = "GEM\n  specs:\n    rack\n";

        assertThatThrownBy(() -> detectText(detector, temp, lock, "app/Gemfile.lock"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("app/Gemfile.lock: line 3: not 'name (version)'");
    }
}
