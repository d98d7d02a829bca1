// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OCI image layout, as a directory or a tar: {@code index.json} leads to a manifest, or to
 * an index whose image is chosen by platform. A tag picks among several images by their
 * {@code org.opencontainers.image.ref.name}.
 */
final class OciLayoutSource extends ResolvedImageSource {

    private final ArchiveFiles files;
    private final LayoutBlobs blobs;

    private OciLayoutSource(ArchiveFiles files, ResolvedImage image, ImageLimits limits) {
        super(image, limits);
        this.files = files;
        this.blobs = new LayoutBlobs(files, limits.maxDocumentBytes());
    }

    static OciLayoutSource open(Path layout, String tag, Platform platform, ImageLimits limits)
            throws IOException {
        ArchiveFiles files = Files.isDirectory(layout)
                ? new DirectoryFiles(layout) : new TarArchiveFiles(layout);
        try {
            return new OciLayoutSource(files, resolve(files, tag, platform, limits), limits);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static ResolvedImage resolve(ArchiveFiles files, String tag, Platform platform,
                                         ImageLimits limits) throws IOException {
        if (!files.exists("oci-layout")) {
            throw new ImageException(files.describe() + " is not an OCI layout: no oci-layout");
        }
        String where = files.describe() + " index.json";
        JsonNode index = ImageDocuments.parse(files.read("index.json", limits.maxDocumentBytes()),
                where);
        List<Descriptor> manifests = ImageDocuments.manifests(index, where);
        List<Descriptor> candidates = new ArrayList<>();
        for (Descriptor d : manifests) {
            if (tag == null || tag.equals(d.refName())) {
                candidates.add(d);
            }
        }
        if (candidates.isEmpty()) {
            throw new ImageException(where + " has no image tagged '" + tag + "' (tags: "
                    + tags(manifests) + ")");
        }
        if (candidates.size() > 1 && candidates.stream().anyMatch(d -> d.platform() == null)) {
            throw new ImageException(where + " holds several images; name one as LAYOUT:TAG"
                    + " (tags: " + tags(manifests) + ")");
        }
        Descriptor chosen = PlatformSelector.select(candidates, platform, where);
        LayoutBlobs blobs = new LayoutBlobs(files, limits.maxDocumentBytes());
        ResolvedImage image = new ManifestResolver(blobs, platform)
                .resolve(chosen, files.describe() + " manifest " + chosen.digest());
        List<String> repoTags = chosen.refName() == null ? List.of() : List.of(chosen.refName());
        ImageConfig config = image.config();
        return new ResolvedImage(config.withNames(config.manifestDigest(), repoTags, List.of()),
                image.layers());
    }

    private static String tags(List<Descriptor> manifests) {
        return manifests.stream().map(d -> d.refName() == null ? "untagged" : d.refName())
                .sorted().collect(Collectors.joining(", "));
    }

    @Override
    InputStream openBlob(LayerBlob layer) throws IOException {
        return blobs.openBlob(layer.digest());
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
