// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLayerCacheTest {

    private static final String DIFF_ID = "sha256:" + "ab".repeat(32);

    @TempDir
    Path temp;

    private LayerInventory layer() throws IOException {
        byte[] tar = new TarBuilder()
                .file("etc/os-release", "debian 12")
                .file("app/packages.txt", "npm lodash 4.17.21\nowns deb base-files app/x")
                .file("opt/.wh.gone", "")
                .symlink("usr/lib/os-release", "../../etc/os-release")
                .build();
        return new LayerAnalyzer(List.of(new ListDetector()), InventoryLimits.defaults(), temp)
                .analyze(new ByteArrayInputStream(tar), DIFF_ID);
    }

    @Test
    void layerResultSurvivesJsonUnchanged() throws IOException {
        LayerInventory layer = layer();

        assertThat(LayerInventoryJson.read(LayerInventoryJson.write(layer))).isEqualTo(layer);
    }

    @Test
    void keptLayerIsFoundUnderItsKeyAndOnlyThere() throws IOException {
        FileLayerCache cache = new FileLayerCache(temp.resolve("cache"));
        LayerInventory layer = layer();

        cache.keep(layer);

        assertThat(cache.find(layer.cacheKey())).isEqualTo(layer);
        assertThat(cache.find(DIFF_ID + "#analyzer-0")).isNull();
        assertThat(cache.find("sha256:" + "cd".repeat(32) + "#analyzer-1")).isNull();
    }

    @Test
    void unreadableEntryIsAMissNotAnError() throws IOException {
        FileLayerCache cache = new FileLayerCache(temp.resolve("cache"));
        LayerInventory layer = layer();
        cache.keep(layer);
        try (var files = Files.list(temp.resolve("cache"))) {
            Path entry = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            Files.writeString(entry, "{\"diffId\": \"trunc");
        }

        assertThat(cache.find(layer.cacheKey())).isNull();
    }

    @Test
    void keysThatAreNotDiffIdsAreNeverFiles() throws IOException {
        FileLayerCache cache = new FileLayerCache(temp.resolve("cache"));

        cache.keep(new LayerInventory("../../etc/passwd", "1", List.of(), List.of(), List.of(),
                java.util.Map.of(), 0, List.of()));

        assertThat(temp.resolve("cache")).doesNotExist();
    }
}
