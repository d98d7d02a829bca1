// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code docker save} tar, read in place through its {@code manifest.json}. Both layouts are
 * read the same way: the legacy one ({@code <id>/layer.tar}, {@code <hex>.json}) and the
 * OCI-shaped one of Docker 25+ ({@code blobs/sha256/<hex>} beside {@code index.json}). A layer
 * stored under a content address also has its blob digest verified; a legacy layer only its
 * diff id. Known shortcoming: the manifest digest is left null, although Docker 25+ archives
 * state it in {@code index.json}; reading it means matching that index to manifest.json's entry.
 */
final class DockerArchiveSource extends ResolvedImageSource {

    private static final Pattern ADDRESSED = Pattern.compile(
            "(?:blobs/sha256/|)([0-9a-f]{64})(?:\\.json|\\.tar|/layer\\.tar)?");
    private static final Pattern BLOB = Pattern.compile("blobs/sha256/([0-9a-f]{64})");

    private final ArchiveFiles files;

    private DockerArchiveSource(ArchiveFiles files, ResolvedImage image, ImageLimits limits) {
        super(image, limits);
        this.files = files;
    }

    static DockerArchiveSource open(Path archive, String tag, ImageLimits limits)
            throws IOException {
        ArchiveFiles files = new TarArchiveFiles(archive);
        try {
            return new DockerArchiveSource(files, read(files, tag, limits), limits);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static ResolvedImage read(ArchiveFiles files, String tag, ImageLimits limits)
            throws IOException {
        String where = files.describe() + " manifest.json";
        JsonNode images = ImageDocuments.parseAny(
                files.read("manifest.json", limits.maxDocumentBytes()), where);
        JsonNode entry = chooseEntry(images, tag, where);

        String configPath = ArchiveFiles.safeName(entry.path("Config").asText(null),
                where + " Config");
        byte[] configBytes = files.read(configPath, limits.maxDocumentBytes());
        String configDigest = Digests.of(configBytes);
        Matcher named = ADDRESSED.matcher(configPath);
        if (named.matches() && !configDigest.equals("sha256:" + named.group(1))) {
            throw new ImageException(where + ": config " + configPath + " digest mismatch: "
                    + "expected sha256:" + named.group(1) + ", actual " + configDigest);
        }
        ImageConfig config = ImageDocuments.imageConfig(configBytes, configDigest,
                files.describe() + " " + configPath);
        List<String> repoTags = ImageDocuments.strings(entry.path("RepoTags"));
        return new ResolvedImage(config.withNames(null, repoTags, List.of()),
                layers(entry.path("Layers"), config, where));
    }

    private static JsonNode chooseEntry(JsonNode images, String tag, String where)
            throws ImageException {
        if (!images.isArray() || images.isEmpty()) {
            throw new ImageException(where + " lists no image");
        }
        List<String> known = new ArrayList<>();
        for (JsonNode image : images) {
            for (String repoTag : ImageDocuments.strings(image.path("RepoTags"))) {
                known.add(repoTag);
                if (tag != null && (repoTag.equals(tag) || repoTag.endsWith(":" + tag))) {
                    return image;
                }
            }
        }
        if (tag == null && images.size() == 1) {
            return images.get(0);
        }
        throw new ImageException(where + (tag == null ? " holds " + images.size()
                + " images; name one as ARCHIVE:TAG" : " has no image tagged '" + tag + "'")
                + " (tags: " + String.join(", ", known) + ")");
    }

    private static List<LayerBlob> layers(JsonNode paths, ImageConfig config, String where)
            throws ImageException {
        if (!paths.isArray() || paths.size() != config.diffIds().size()) {
            throw new ImageException(where + " lists " + paths.size() + " layers but the config "
                    + config.digest() + " lists " + config.diffIds().size() + " diff ids");
        }
        List<LayerBlob> layers = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = ArchiveFiles.safeName(paths.get(i).asText(null),
                    where + " Layers[" + i + "]");
            Matcher blob = BLOB.matcher(path);
            String digest = blob.matches() ? "sha256:" + blob.group(1) : null;
            layers.add(new LayerBlob(i, digest, "", -1, config.diffIds().get(i), path));
        }
        return List.copyOf(layers);
    }

    @Override
    InputStream openBlob(LayerBlob layer) throws IOException {
        return files.open(layer.location());
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
