// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stellaops.sbom.SbomPaths;
import org.stellaops.testing.DebianTools;

/**
 * Real images built once per test JVM, without network, from corpus files: layer 1 holds
 * {@code var/lib/dpkg/status} (claircore's postgresql image status, corpus
 * pkgdb/dpkg-status/claircore/postgresql.status), layer 2 {@code lib/apk/db/installed} (syft's
 * single-package apk database, corpus pkgdb/apk-installed/syft/single). GNU tar makes the
 * layers, umoci the OCI layout; skopeo converts it to a docker archive and to zstd layers.
 * Tag {@code multi} is an index over the image as linux/amd64 and a copy of it declared
 * linux/arm64/v8.
 */
final class ImageFixtures {

    static final Path DPKG_STATUS = SbomPaths.corpus()
            .resolve("pkgdb/dpkg-status/claircore/postgresql.status");
    static final Path APK_INSTALLED = SbomPaths.corpus()
            .resolve("pkgdb/apk-installed/syft/single");

    private static ImageFixtures built;

    final Path root;
    final Path ociDir;
    final Path ociTar;
    final Path dockerArchive;
    final Path zstdDir;
    final String arm64ManifestDigest;

    private ImageFixtures(Path root, String arm64ManifestDigest) {
        this.root = root;
        this.ociDir = root.resolve("oci");
        this.ociTar = root.resolve("oci.tar");
        this.dockerArchive = root.resolve("docker-archive.tar");
        this.zstdDir = root.resolve("oci-zstd");
        this.arm64ManifestDigest = arm64ManifestDigest;
    }

    static synchronized ImageFixtures get() throws IOException {
        if (built == null) {
            Path root = Files.createTempDirectory("stella-image-fixtures");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            built = build(root);
        }
        return built;
    }

    private static ImageFixtures build(Path root) throws IOException {
        String umoci = DebianTools.require("umoci", "umoci").toString();
        String skopeo = DebianTools.require("skopeo", "skopeo").toString();
        Path status = Files.createDirectories(root.resolve("part1/var/lib/dpkg"));
        Files.copy(DPKG_STATUS, status.resolve("status"));
        Path apk = Files.createDirectories(root.resolve("part2/lib/apk/db"));
        Files.copy(APK_INSTALLED, apk.resolve("installed"));

        DebianTools.exec(List.of(umoci, "init", "--layout", "oci"), root);
        DebianTools.exec(List.of(umoci, "new", "--image", "oci:base"), root);
        // umoci takes the host's architecture; the fixture is amd64 on every machine.
        DebianTools.exec(List.of(umoci, "config", "--image", "oci:base", "--os", "linux",
                "--architecture", "amd64"), root);
        // umoci 0.4.7's insert writes layer tars without end-of-archive blocks (GNU tar calls
        // them truncated), so the layers are made by GNU tar and added as they are.
        DebianTools.exec(List.of("tar", "-C", "part1", "-cf", "layer1.tar", "var"), root);
        DebianTools.exec(List.of("tar", "-C", "part2", "-cf", "layer2.tar", "lib"), root);
        DebianTools.exec(List.of(umoci, "raw", "add-layer", "--image", "oci:base", "layer1.tar"),
                root);
        DebianTools.exec(List.of(umoci, "raw", "add-layer", "--image", "oci:base", "layer2.tar"),
                root);
        String arm64 = addMultiPlatformIndex(root.resolve("oci"));

        ImageFixtures fixtures = new ImageFixtures(root, arm64);
        DebianTools.exec(List.of(skopeo, "copy", "oci:oci:base",
                "docker-archive:docker-archive.tar:stella/fixture:base"), root);
        DebianTools.exec(List.of(skopeo, "copy", "--dest-compress-format", "zstd",
                "oci:oci:base", "oci:oci-zstd:base"), root);
        DebianTools.exec(List.of("tar", "-C", "oci", "-cf", "oci.tar", "."), root);
        return fixtures;
    }

    /**
     * Writes an arm64 twin of the {@code base} image (same layers, config saying arm64/v8) and
     * an index naming both with their platforms, tagged {@code multi}; returns the twin's
     * manifest digest.
     */
    private static String addMultiPlatformIndex(Path layout) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode index = (ObjectNode) json.readTree(layout.resolve("index.json").toFile());
        ObjectNode base = (ObjectNode) index.get("manifests").get(0);
        ObjectNode manifest = (ObjectNode) json.readTree(blob(layout, base.get("digest")
                .asText()));
        ObjectNode config = (ObjectNode) json.readTree(blob(layout, manifest.get("config")
                .get("digest").asText()));

        config.put("architecture", "arm64").put("variant", "v8");
        String configDigest = writeBlob(layout, json.writeValueAsBytes(config));
        ObjectNode armManifest = manifest.deepCopy();
        ((ObjectNode) armManifest.get("config")).put("digest", configDigest)
                .put("size", json.writeValueAsBytes(config).length);
        byte[] armBytes = json.writeValueAsBytes(armManifest);
        String armDigest = writeBlob(layout, armBytes);

        ObjectNode multi = json.createObjectNode().put("schemaVersion", 2)
                .put("mediaType", Descriptor.OCI_INDEX);
        ArrayNode entries = multi.putArray("manifests");
        entries.add(platformEntry(json, base.get("digest").asText(), base.get("size").asLong(),
                "amd64", null));
        entries.add(platformEntry(json, armDigest, armBytes.length, "arm64", "v8"));
        byte[] multiBytes = json.writeValueAsBytes(multi);
        ObjectNode tagged = json.createObjectNode().put("mediaType", Descriptor.OCI_INDEX)
                .put("digest", writeBlob(layout, multiBytes)).put("size", multiBytes.length);
        tagged.putObject("annotations").put("org.opencontainers.image.ref.name", "multi");
        ((ArrayNode) index.get("manifests")).add(tagged);
        Files.write(layout.resolve("index.json"), json.writeValueAsBytes(index));
        return armDigest;
    }

    private static ObjectNode platformEntry(ObjectMapper json, String digest, long size,
                                            String arch, String variant) {
        ObjectNode entry = json.createObjectNode().put("mediaType", Descriptor.OCI_MANIFEST)
                .put("digest", digest).put("size", size);
        ObjectNode platform = entry.putObject("platform").put("os", "linux")
                .put("architecture", arch);
        if (variant != null) {
            platform.put("variant", variant);
        }
        return entry;
    }

    static byte[] blob(Path layout, String digest) throws IOException {
        return Files.readAllBytes(layout.resolve(LayoutBlobs.path(digest)));
    }

    private static String writeBlob(Path layout, byte[] bytes) throws IOException {
        String digest = Digests.of(bytes);
        Files.write(layout.resolve(LayoutBlobs.path(digest)), bytes);
        return digest;
    }

    static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory left behind is harmless
        }
    }

    /** A copy of the OCI layout directory that a test may damage. */
    Path copyOfOciDir(Path into) throws IOException {
        DebianTools.exec(List.of("cp", "-a", ociDir.toString(), into.toString()), root);
        return into;
    }
}
