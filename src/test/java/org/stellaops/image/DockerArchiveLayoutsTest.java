// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.testing.DebianTools;

/**
 * The docker save layout of Docker 25+: an OCI layout whose {@code manifest.json} names
 * {@code blobs/sha256/...} members. Built from the fixture layout by adding that file, as
 * docker does; its layers then verify by blob digest as well as by diff id.
 */
class DockerArchiveLayoutsTest {

    @TempDir
    Path temp;

    @Test
    void ociShapedDockerSaveVerifiesBlobDigestsToo() throws IOException {
        ImageFixtures fixtures = ImageFixtures.get();
        Path layout = fixtures.copyOfOciDir(temp.resolve("save"));
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = json.readTree(ImageFixtures.blob(layout,
                index.get("manifests").get(0).get("digest").asText()));
        List<String> layerPaths = new ArrayList<>();
        manifest.get("layers").forEach(l -> layerPaths.add(
                LayoutBlobs.path(l.get("digest").asText())));
        Files.writeString(layout.resolve("manifest.json"), json.writeValueAsString(List.of(
                Map.of("Config", LayoutBlobs.path(manifest.get("config").get("digest")
                                .asText()),
                        "RepoTags", List.of("stella/fixture:base"), "Layers", layerPaths))));
        Path archive = temp.resolve("save.tar");
        DebianTools.exec(List.of("tar", "-C", layout.toString(), "-cf", archive.toString(), "."),
                temp);

        TargetKind kind = new TargetResolver(p -> false).resolve(archive.toString(), null);
        assertThat(kind).isEqualTo(TargetKind.DOCKER_ARCHIVE);
        try (ImageSource source = ImageSources.open(archive.toString(), kind,
                ImageSources.Options.defaults())) {
            assertThat(source.layers()).extracting(LayerBlob::digest)
                    .containsExactlyElementsOf(layerPaths.stream()
                            .map(p -> "sha256:" + p.substring("blobs/sha256/".length())).toList());
            assertThat(Layers.readAll(source).stream().map(Layers::sha256).toList())
                    .isEqualTo(source.config().diffIds());
            assertThat(source.config().repoTags()).containsExactly("stella/fixture:base");
        }
    }
}
