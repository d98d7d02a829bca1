// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerMergeTest {

    @TempDir
    Path temp;

    private Inventory merge(byte[]... tars) throws IOException {
        LayerAnalyzer analyzer = new LayerAnalyzer(List.of(new ListDetector()),
                InventoryLimits.defaults(), temp);
        List<LayerInventory> layers = new ArrayList<>();
        for (int i = 0; i < tars.length; i++) {
            layers.add(analyzer.analyze(new ByteArrayInputStream(tars[i]), "sha256:l" + i));
        }
        return LayerMerge.merge(layers);
    }

    private static List<String> purls(Inventory inventory) {
        return inventory.packages().stream().map(p -> p.pkg().purl()).toList();
    }

    @Test
    void upperLayerReplacesAFileOfALowerLayer() throws IOException {
        Inventory merged = merge(
                new TarBuilder().file("app/packages.txt", "npm lodash 4.17.20").build(),
                new TarBuilder().file("app/packages.txt", "npm lodash 4.17.21").build());

        assertThat(purls(merged)).containsExactly("pkg:npm/lodash@4.17.21");
        assertThat(merged.packages().get(0).pkg().layer()).isEqualTo("sha256:l1");
    }

    @Test
    void whiteoutRemovesAFileAndEverythingUnderAFolder() throws IOException {
        Inventory merged = merge(
                new TarBuilder()
                        .file("a/packages.txt", "npm a 1.0.0")
                        .file("b/x/packages.txt", "npm bx 1.0.0")
                        .file("c/packages.txt", "npm c 1.0.0").build(),
                new TarBuilder().file("a/.wh.packages.txt", "").file(".wh.b", "").build());

        assertThat(purls(merged)).containsExactly("pkg:npm/c@1.0.0");
    }

    @Test
    void opaqueFolderHidesLowerContentButKeepsItsOwn() throws IOException {
        Inventory merged = merge(
                new TarBuilder()
                        .file("srv/old/packages.txt", "npm old 1.0.0")
                        .file("srvx/packages.txt", "npm sibling 1.0.0").build(),
                new TarBuilder()
                        .file("srv/.wh..wh..opq", "")
                        .file("srv/new/packages.txt", "npm new 1.0.0").build());

        assertThat(purls(merged)).containsExactly("pkg:npm/new@1.0.0", "pkg:npm/sibling@1.0.0");
    }

    @Test
    void osReleaseSymlinkResolvesInsideTheImageAndNamesTheDistro() throws IOException {
        Inventory merged = merge(
                new TarBuilder()
                        .file("usr/lib/os-release", "debian 12")
                        .symlink("etc/os-release", "../usr/lib/os-release")
                        .file("var/lib/packages.txt", "deb bash 5.2.15-2+b2").build());

        assertThat(merged.os().id()).isEqualTo("debian");
        assertThat(purls(merged))
                .containsExactly("pkg:deb/debian/bash@5.2.15-2%2Bb2?distro=debian-12");
    }

    @Test
    void symlinkEscapingTheRootStaysInsideTheImage() throws IOException {
        Inventory merged = merge(new TarBuilder()
                .file("usr/lib/os-release", "alpine 3.20.3")
                .symlink("etc/os-release", "../../../../usr/lib/os-release").build());

        assertThat(merged.os().versionId()).isEqualTo("3.20.3");
    }

    @Test
    void languagePackageInAFileAnOsPackageOwnsIsLinkedToIt() throws IOException {
        Inventory merged = merge(new TarBuilder()
                .file("etc/os-release", "debian 12")
                .file("var/lib/dpkg/packages.txt",
                        "deb python3-six 1.16.0-4\nowns deb python3-six usr/lib/py/packages.txt")
                .file("usr/lib/py/packages.txt", "pypi six 1.16.0").build());

        InventoryPackage six = merged.packages().stream()
                .filter(p -> p.pkg().type().equals("pypi")).findFirst().orElseThrow();
        assertThat(six.ownerPurl()).isEqualTo("pkg:deb/debian/python3-six@1.16.0-4?distro=debian-12");
    }

    @Test
    void lockfileEntryOfAnInstalledPackageIsListedOnceFromTheInstall() throws IOException {
        String lock = """
                {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {
                  "": {"name": "app", "version": "1.0.0"},
                  "node_modules/ms": {"version": "2.1.3"},
                  "node_modules/debug": {"version": "4.3.4"}}}
                """;
        byte[] tar = new TarBuilder()
                .file("app/package-lock.json", lock)
                .file("app/node_modules/ms/package.json", "{\"name\": \"ms\", \"version\": \"2.1.3\"}")
                .build();
        LayerInventory layer = new LayerAnalyzer(Detectors.all(), InventoryLimits.defaults(), temp)
                .analyze(new ByteArrayInputStream(tar), "sha256:l0");

        Inventory merged = LayerMerge.merge(List.of(layer));

        assertThat(merged.packages()).extracting(p -> p.pkg().purl() + " " + p.pkg().path())
                .containsExactly("pkg:npm/debug@4.3.4 app/package-lock.json",
                        "pkg:npm/ms@2.1.3 app/node_modules/ms/package.json");
    }
}
