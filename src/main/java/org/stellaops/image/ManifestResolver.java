// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Walks from an index or manifest down to one image: nested indexes are followed (at most
 * {@value #MAX_DEPTH} deep) by platform, and every document fetched is verified against the
 * digest that named it.
 */
final class ManifestResolver {

    static final int MAX_DEPTH = 4;

    private final BlobReader blobs;
    private final Platform platform;

    ManifestResolver(BlobReader blobs, Platform platform) {
        this.blobs = blobs;
        this.platform = platform;
    }

    /** Resolves a descriptor (from index.json or an index). */
    ResolvedImage resolve(Descriptor root, String where) throws IOException {
        byte[] bytes = blobs.readManifest(root.digest(), where);
        return resolve(bytes, root.digest(), where, 0);
    }

    /** Resolves a document whose bytes are in hand and whose digest was verified. */
    ResolvedImage resolve(byte[] bytes, String digest, String where, int depth)
            throws IOException {
        JsonNode document = ImageDocuments.parse(bytes, where);
        if (!ImageDocuments.isIndex(document)) {
            return readManifest(document, digest, where);
        }
        if (depth >= MAX_DEPTH) {
            throw new ImageException(where + " nests indexes more than " + MAX_DEPTH + " deep");
        }
        Descriptor chosen = PlatformSelector.select(
                ImageDocuments.manifests(document, where), platform, where);
        String next = "manifest " + chosen.digest();
        byte[] nextBytes = blobs.readManifest(chosen.digest(), next);
        return resolve(nextBytes, chosen.digest(), next, depth + 1);
    }

    private ResolvedImage readManifest(JsonNode manifest, String digest, String where)
            throws IOException {
        Descriptor configDescriptor = ImageDocuments.config(manifest, where);
        String configWhere = "config " + configDescriptor.digest();
        byte[] configBytes = blobs.readDocument(configDescriptor.digest(), configWhere);
        ImageConfig config = ImageDocuments.imageConfig(configBytes, configDescriptor.digest(),
                configWhere);
        ResolvedImage image = ResolvedImage.pair(config,
                ImageDocuments.layers(manifest, where), where);
        return new ResolvedImage(config.withNames(digest, config.repoTags(),
                config.repoDigests()), image.layers());
    }
}
