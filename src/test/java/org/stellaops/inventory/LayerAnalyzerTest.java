// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerAnalyzerTest {

    @TempDir
    Path temp;

    private LayerInventory analyze(byte[] tar, String diffId) throws IOException {
        return analyze(tar, diffId, InventoryLimits.defaults());
    }

    private LayerInventory analyze(byte[] tar, String diffId, InventoryLimits limits)
            throws IOException {
        return new LayerAnalyzer(List.of(new ListDetector()), limits, temp)
                .analyze(new ByteArrayInputStream(tar), diffId);
    }

    @Test
    void recordsWantedFilesWhiteoutsAndOpaqueFolders() throws IOException {
        byte[] tar = new TarBuilder()
                .file("./app/packages.txt", "npm left-pad 1.3.0\n")
                .file("usr/share/doc/readme", "not wanted")
                .file("opt/.wh.old", "")
                .file("var/cache/.wh..wh..opq", "")
                .build();

        LayerInventory layer = analyze(tar, "sha256:aa");

        assertThat(layer.files()).extracting(FoundFile::path).containsExactly("app/packages.txt");
        assertThat(layer.files().get(0).detection().packages())
                .extracting(InstalledPackage::purl).containsExactly("pkg:npm/left-pad@1.3.0");
        assertThat(layer.whiteouts()).containsExactly("opt/old");
        assertThat(layer.opaqueDirs()).containsExactly("var/cache");
        assertThat(layer.entries()).isEqualTo(4);
        assertThat(layer.cacheKey()).isEqualTo("sha256:aa#analyzer-" + Detectors.ANALYZER_VERSION);
    }

    @Test
    void skipsEntriesEscapingTheRootWithAWarning() throws IOException {
        byte[] tar = new TarBuilder()
                .file("../../etc/packages.txt", "npm evil 1.0.0")
                .file("/abs/packages.txt", "npm absolute 1.0.0")
                .build();

        LayerInventory layer = analyze(tar, "sha256:bb");

        // an absolute name is read relative to the root, as a runtime extracts it
        assertThat(layer.files()).extracting(FoundFile::path).containsExactly("abs/packages.txt");
        assertThat(layer.warnings()).singleElement().asString()
                .contains("../../etc/packages.txt").contains("escapes the layer root");
    }

    @Test
    void hardLinkGetsWhatItsTargetHolds() throws IOException {
        byte[] tar = new TarBuilder()
                .file("a/packages.txt", "pypi six 1.16.0")
                .hardLink("b/packages.txt", "a/packages.txt")
                .build();

        LayerInventory layer = analyze(tar, "sha256:cc");

        assertThat(layer.files()).extracting(FoundFile::path)
                .containsExactly("a/packages.txt", "b/packages.txt");
        assertThat(layer.files().get(1).detection().packages().get(0).path())
                .isEqualTo("b/packages.txt");
    }

    @Test
    void detectorFailureBecomesAWarningAndTheLayerGoesOn() throws IOException {
        byte[] tar = new TarBuilder()
                .file("x/packages.txt", "not a package line at all")
                .file("y/packages.txt", "gem rake 13.0.6")
                .device("dev/null")
                .build();

        LayerInventory layer = analyze(tar, "sha256:dd");

        assertThat(layer.warnings()).singleElement().asString()
                .startsWith("x/packages.txt: bad line");
        assertThat(layer.packageCount()).isEqualTo(1);
    }

    @Test
    void oversizedFilesAreSkippedAndTooManyEntriesFailTheLayer() throws IOException {
        byte[] tar = new TarBuilder()
                .file("big/packages.txt", "npm a 1.0.0\n".repeat(100))
                .file("c", "")
                .file("d", "")
                .build();

        LayerInventory small = analyze(tar, "sha256:ee", new InventoryLimits(64, 10, 4096));
        assertThat(small.files()).isEmpty();
        assertThat(small.warnings()).singleElement().asString().contains("exceeds the limit");

        assertThatThrownBy(() -> analyze(tar, "sha256:ee", new InventoryLimits(1 << 20, 2, 4096)))
                .isInstanceOf(InventoryException.class).hasMessageContaining("more than 2 entries");
    }

    @Test
    void sameBytesGiveTheSameResult() throws IOException {
        byte[] tar = new TarBuilder()
                .file("z/packages.txt", "npm z 1.0.0")
                .file("a/packages.txt", "npm a 1.0.0")
                .build();

        assertThat(analyze(tar, "sha256:ff")).isEqualTo(analyze(tar, "sha256:ff"));
        assertThat(analyze(tar, "sha256:ff").files()).extracting(FoundFile::path)
                .containsExactly("a/packages.txt", "z/packages.txt");
    }
}
