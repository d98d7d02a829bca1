// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What every source does once its manifest is resolved: hands out the config and layers, and
 * opens a layer's blob for {@link LayerDecoder}, refusing layers of other images (their
 * location was never vetted by this source). A source says only where its blobs come from.
 */
abstract class ResolvedImageSource implements ImageSource {

    private final ResolvedImage image;
    private final ImageLimits limits;

    ResolvedImageSource(ResolvedImage image, ImageLimits limits) {
        this.image = image;
        this.limits = limits;
    }

    /** The raw bytes of one of this image's layer blobs, as stored. */
    abstract InputStream openBlob(LayerBlob layer) throws IOException;

    @Override
    public ImageConfig config() {
        return image.config();
    }

    @Override
    public List<LayerBlob> layers() {
        return image.layers();
    }

    @Override
    public LayerStream openLayer(LayerBlob layer) throws IOException {
        if (!image.layers().contains(layer)) {
            throw new IllegalArgumentException(layer.describe() + " is not a layer of this image");
        }
        return LayerDecoder.decode(layer, openBlob(layer), limits);
    }
}
