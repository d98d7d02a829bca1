// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.testing.DebianTools;
import org.stellaops.testing.RegistryServer;

/** The same image read from every kind of source gives the same diff ids and tar bytes. */
class ImageSourcesAgreeTest {

    @TempDir
    static Path registryDir;

    private static ImageFixtures fixtures;
    private static RegistryServer registry;

    @BeforeAll
    static void pushToRegistry() throws IOException {
        fixtures = ImageFixtures.get();
        registry = RegistryServer.start(registryDir, null);
        String skopeo = DebianTools.require("skopeo", "skopeo").toString();
        DebianTools.exec(List.of(skopeo, "copy", "--dest-tls-verify=false", "oci:oci:base",
                "docker://" + registry.address() + "/stella/fixture:base"), fixtures.root);
        DebianTools.exec(List.of(skopeo, "copy", "--all", "--dest-tls-verify=false",
                "oci:oci:multi", "docker://" + registry.address() + "/stella/fixture:multi"),
                fixtures.root);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    private static ImageSources.Options options() {
        return ImageSources.Options.defaults().withPlatform(Platform.parse("linux/amd64"))
                .withInsecure(true).withDockerConfigDir(registryDir.resolve("no-docker-config"));
    }

    @Test
    void everySourceGivesTheSameDiffIdsAndLayerBytes() throws IOException {
        List<String> targets = List.of(fixtures.ociDir + ":base", fixtures.ociTar + ":base",
                fixtures.dockerArchive.toString(), fixtures.zstdDir.toString(),
                registry.address() + "/stella/fixture:base");
        List<TargetKind> kinds = List.of(TargetKind.OCI, TargetKind.OCI,
                TargetKind.DOCKER_ARCHIVE, TargetKind.OCI, TargetKind.IMAGE);

        List<List<String>> diffIds = new ArrayList<>();
        List<List<String>> tarDigests = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            try (ImageSource source = ImageSources.open(targets.get(i), kinds.get(i), options())) {
                diffIds.add(source.config().diffIds());
                tarDigests.add(Layers.readAll(source).stream().map(Layers::sha256).toList());
            }
        }

        assertThat(diffIds.get(0)).hasSize(2);
        assertThat(diffIds).allSatisfy(ids -> assertThat(ids).isEqualTo(diffIds.get(0)));
        // The sha256 of the bytes each source produced is the diff id the config states.
        assertThat(tarDigests).allSatisfy(ids -> assertThat(ids).isEqualTo(diffIds.get(0)));
    }

    @Test
    void layersHoldTheCorpusFilesPutIntoThem() throws IOException {
        try (ImageSource source = ImageSources.open(fixtures.ociDir + ":base", TargetKind.OCI,
                options())) {
            List<byte[]> tars = Layers.readAll(source);
            Map<String, byte[]> first = Layers.files(tars.get(0));
            Map<String, byte[]> second = Layers.files(tars.get(1));

            assertThat(first.get("var/lib/dpkg/status"))
                    .isEqualTo(Files.readAllBytes(ImageFixtures.DPKG_STATUS));
            assertThat(second.get("lib/apk/db/installed"))
                    .isEqualTo(Files.readAllBytes(ImageFixtures.APK_INSTALLED));
        }
    }

    @Test
    void registrySourceNamesTheReferenceAndVerifiesDigestReferences() throws IOException {
        String name = registry.address() + "/stella/fixture";
        String manifestDigest;
        try (ImageSource source = ImageSources.open(name + ":base", TargetKind.IMAGE,
                options())) {
            ImageConfig config = source.config();
            manifestDigest = config.manifestDigest();
            assertThat(config.repoTags()).containsExactly(name + ":base");
            assertThat(config.repoDigests()).containsExactly(name + "@" + manifestDigest);
            assertThat(source.layers())
                    .allSatisfy(l -> assertThat(l.digest()).startsWith("sha256:"));
        }
        try (ImageSource byDigest = ImageSources.open(name + "@" + manifestDigest,
                TargetKind.IMAGE, options())) {
            assertThat(byDigest.config().manifestDigest()).isEqualTo(manifestDigest);
            assertThat(byDigest.config().repoTags()).isEmpty();
        }
    }

    @Test
    void dockerArchiveCarriesRepoTagsAndLegacyLayersHaveNoBlobDigest() throws IOException {
        try (ImageSource source = ImageSources.open(fixtures.dockerArchive.toString(),
                TargetKind.DOCKER_ARCHIVE, options())) {
            assertThat(source.config().repoTags()).singleElement().asString()
                    .endsWith("stella/fixture:base");
            assertThat(source.layers()).allSatisfy(l -> assertThat(l.digest()).isNull());
        }
    }

    @Test
    void zstdLayoutDeclaresZstdLayers() throws IOException {
        try (ImageSource source = ImageSources.open(fixtures.zstdDir.toString(), TargetKind.OCI,
                options())) {
            assertThat(source.layers()).allSatisfy(l -> assertThat(l.mediaType()).endsWith("zstd"));
            byte[] first = Files.readAllBytes(fixtures.zstdDir.resolve(
                    LayoutBlobs.path(source.layers().get(0).digest())));
            assertThat(first).startsWith(0x28, 0xb5, 0x2f, 0xfd);
        }
    }

    @Test
    void indexPicksTheRequestedPlatformInLayoutAndRegistry() throws IOException {
        ImageSources.Options arm = options().withPlatform(Platform.parse("linux/arm64"));
        for (String target : List.of(fixtures.ociDir + ":multi",
                registry.address() + "/stella/fixture:multi")) {
            TargetKind kind = target.startsWith("/") ? TargetKind.OCI : TargetKind.IMAGE;
            try (ImageSource amd = ImageSources.open(target, kind, options());
                 ImageSource arm64 = ImageSources.open(target, kind, arm)) {
                assertThat(amd.config().architecture()).isEqualTo("amd64");
                assertThat(arm64.config().platform()).hasToString("linux/arm64/v8");
                assertThat(arm64.config().manifestDigest())
                        .isEqualTo(fixtures.arm64ManifestDigest);
            }
        }
    }

    @Test
    void indexWithoutTheRequestedPlatformListsWhatItOffers() {
        ImageSources.Options s390x = options().withPlatform(Platform.parse("linux/s390x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ImageSources.open(fixtures.ociDir + ":multi", TargetKind.OCI, s390x))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("no image for platform linux/s390x")
                .hasMessageContaining("offered: linux/amd64, linux/arm64/v8");
    }
}
