// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.ArrayList;
import java.util.List;

/** An image manifest resolved to its config and layers, each layer paired with its diff id. */
record ResolvedImage(ImageConfig config, List<LayerBlob> layers) {

    /**
     * Pairs layers with diff ids by position; a count that differs means the manifest and the
     * config disagree, and no layer could be verified, so it fails.
     */
    static ResolvedImage pair(ImageConfig config, List<Descriptor> layers, String where)
            throws ImageException {
        if (layers.size() != config.diffIds().size()) {
            throw new ImageException(where + " lists " + layers.size() + " layers but its config "
                    + config.digest() + " lists " + config.diffIds().size() + " diff ids");
        }
        List<LayerBlob> blobs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Descriptor d = layers.get(i);
            blobs.add(new LayerBlob(i, d.digest(), d.mediaType(), d.size(),
                    config.diffIds().get(i), d.digest()));
        }
        return new ResolvedImage(config, List.copyOf(blobs));
    }
}
