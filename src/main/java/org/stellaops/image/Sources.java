// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.List;

/** Checks shared by the image sources. */
final class Sources {

    private Sources() {
    }

    /** A layer from another image would be read from a location this source never vetted. */
    static void requireOwn(List<LayerBlob> layers, LayerBlob layer) {
        if (!layers.contains(layer)) {
            throw new IllegalArgumentException(layer.describe() + " is not a layer of this image");
        }
    }
}
