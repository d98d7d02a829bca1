// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.image.ImageException;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.TargetKind;

/**
 * The whole unpack and inventory path on a real two-layer image (src/test/resources/images,
 * made by benchmarks/images/tiny.sh from Debian bookworm, npm and Maven Central files; its
 * README lists what the merged view holds, checked against the files).
 */
class TinyImageTest {

    static final Path DOCKER = Path.of("src/test/resources/images/tiny.docker.tar");
    static final Path OCI = Path.of("src/test/resources/images/tiny.oci.tar");
    static final String LAYER_1 =
            "sha256:fece1e2154cede41bde9b1e377a227abe7d0e70835904aec6d95132bbe35ff89";
    static final String LAYER_2 =
            "sha256:218e3bc5d18913cf390e145d935fbf3125b64100ec143efcef30c5d64657a3f4";

    @TempDir
    Path temp;

    static Inventory analyze(Path archive, TargetKind kind, LayerCache cache) throws IOException {
        try (ImageSource source = ImageSources.open(archive.toString(), kind,
                ImageSources.Options.defaults())) {
            return new ImageAnalysis(Detectors.all(), InventoryLimits.defaults(), 2, cache)
                    .analyze(source);
        }
    }

    private static List<String> purlsOf(Inventory inventory, String type) {
        return inventory.packages().stream().filter(p -> p.pkg().type().equals(type))
                .map(p -> p.pkg().purl()).toList();
    }

    @Test
    void mergedViewHoldsWhatTheUpperLayerLeft() throws IOException {
        Inventory inventory = analyze(DOCKER, TargetKind.DOCKER_ARCHIVE, LayerCache.none());

        assertThat(inventory.os().id()).isEqualTo("debian");
        assertThat(inventory.os().versionId()).isEqualTo("12");
        List<String> debs = purlsOf(inventory, "deb");
        assertThat(debs).hasSize(19).noneMatch(p -> p.contains("python3-yaml"))
                .contains("pkg:deb/debian/zlib1g@1.2.13.dfsg-1?arch=amd64&distro=debian-12"
                        + "&epoch=1");
        // python3-yaml was purged in layer 2 and its dist-info whited out
        assertThat(purlsOf(inventory, "pypi")).containsExactly("pkg:pypi/certifi@2022.9.24",
                "pkg:pypi/chardet@5.1.0", "pkg:pypi/requests@2.28.1",
                "pkg:pypi/urllib3@1.26.12");
        // lodash was whited out; accepts' folder is opaque but keeps its new package.json
        assertThat(purlsOf(inventory, "npm"))
                .containsExactly("pkg:npm/accepts@1.3.8", "pkg:npm/express@4.17.1");
        assertThat(purlsOf(inventory, "maven"))
                .containsExactly("pkg:maven/org.apache.commons/commons-text@1.9");
    }

    @Test
    void eachPackageNamesItsLayerAndFileAndOwnedOnesTheirOwner() throws IOException {
        Inventory inventory = analyze(DOCKER, TargetKind.DOCKER_ARCHIVE, LayerCache.none());

        InventoryPackage jar = inventory.packages().stream()
                .filter(p -> p.pkg().type().equals("maven")).findFirst().orElseThrow();
        assertThat(jar.pkg().layer()).isEqualTo(LAYER_1);
        assertThat(jar.pkg().path()).isEqualTo("opt/java/lib/commons-text-1.9.jar");
        InventoryPackage requests = inventory.packages().stream()
                .filter(p -> p.pkg().purl().equals("pkg:pypi/requests@2.28.1"))
                .findFirst().orElseThrow();
        assertThat(requests.ownerPurl()).startsWith("pkg:deb/debian/python3-requests@");
        InventoryPackage bash = inventory.packages().stream()
                .filter(p -> p.pkg().name().equals("bash")).findFirst().orElseThrow();
        assertThat(bash.pkg().layer()).isEqualTo(LAYER_2);
        assertThat(bash.pkg().sourceName()).isEqualTo("bash");
    }

    @Test
    void dockerArchiveAndOciLayoutGiveTheSameInventory() throws IOException {
        Inventory docker = analyze(DOCKER, TargetKind.DOCKER_ARCHIVE, LayerCache.none());
        Inventory oci = analyze(OCI, TargetKind.OCI, LayerCache.none());

        assertThat(oci.packages()).isEqualTo(docker.packages());
        assertThat(oci.layers()).isEqualTo(docker.layers());
    }

    @Test
    void cachedLayersAreNotReadAgain() throws IOException {
        Map<String, LayerInventory> seen = new ConcurrentHashMap<>();
        LayerCache recording = new LayerCache() {
            @Override
            public LayerInventory find(String key) {
                return seen.get(key);
            }

            @Override
            public void keep(LayerInventory layer) {
                seen.put(layer.cacheKey(), layer);
            }
        };
        Inventory first = analyze(DOCKER, TargetKind.DOCKER_ARCHIVE, recording);
        assertThat(seen).hasSize(2);

        // a planted entry for layer 1 shows the second scan takes it instead of the bytes
        String key = LAYER_1 + "#analyzer-" + Detectors.ANALYZER_VERSION;
        LayerInventory planted = new LayerInventory(LAYER_1, Detectors.ANALYZER_VERSION,
                List.of(), List.of(), List.of(), Map.of(), 0, List.of());
        seen.put(key, planted);
        Inventory second = analyze(OCI, TargetKind.OCI, recording);

        assertThat(first.packages()).extracting(p -> p.pkg().type()).contains("maven");
        assertThat(second.packages()).extracting(p -> p.pkg().type()).doesNotContain("maven");
        assertThat(second.layers().get(0)).isSameAs(planted);
    }

    @Test
    void tamperedLayerFailsAndIsNotCached() throws IOException {
        Path copy = temp.resolve("tampered.tar");
        byte[] bytes = Files.readAllBytes(DOCKER);
        int at = indexOf(bytes, "Package: coreutils".getBytes());
        bytes[at + 9] = 'k';
        Files.write(copy, bytes);
        LayerCache cache = LayerCache.inMemory();

        assertThatThrownBy(() -> analyze(copy, TargetKind.DOCKER_ARCHIVE, cache))
                .isInstanceOf(ImageException.class).hasMessageContaining("mismatch");
        String key1 = LAYER_1 + "#analyzer-" + Detectors.ANALYZER_VERSION;
        String key2 = LAYER_2 + "#analyzer-" + Detectors.ANALYZER_VERSION;
        // whichever layer held the byte was not kept
        assertThat(cache.find(key1) == null || cache.find(key2) == null).isTrue();
    }

    @Test
    void layersOfOneArchiveReadByTwoThreadsStayIntact() throws Exception {
        // layers are analysed in parallel: two member streams of one tar must not disturb
        // each other (they once shared a file position and corrupted each other)
        for (Path archive : List.of(DOCKER, OCI)) {
            TargetKind kind = archive == DOCKER ? TargetKind.DOCKER_ARCHIVE : TargetKind.OCI;
            try (ImageSource source = ImageSources.open(archive.toString(), kind,
                    ImageSources.Options.defaults())) {
                for (int round = 0; round < 20; round++) {
                    var reads = java.util.concurrent.Executors.newFixedThreadPool(2);
                    try {
                        var lower = reads.submit(() -> readLayer(source, 0));
                        var upper = reads.submit(() -> readLayer(source, 1));
                        lower.get();
                        upper.get();
                    } finally {
                        reads.shutdownNow();
                    }
                }
            }
        }
    }

    private static Void readLayer(ImageSource source, int index) throws IOException {
        try (var layer = source.openLayer(source.layers().get(index))) {
            byte[] chunk = new byte[97];
            while (layer.tar().read(chunk) > 0) {
                Thread.onSpinWait();
            }
            layer.finish();
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
