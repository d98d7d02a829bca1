// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One pass over one layer's uncompressed tar. The stream verifies the blob digest and the diff
 * id when it reaches its end: the read that would return -1 throws an {@link ImageException}
 * naming the layer, the expected and the actual digest instead. A tar reader may stop at the
 * end-of-archive blocks before that point, so call {@link #finish()} after the last entry.
 * Closing early releases the file or connection and verifies nothing.
 */
public final class LayerStream implements AutoCloseable {

    private final LayerBlob layer;
    private final VerifyingLayerInput tar;

    LayerStream(LayerBlob layer, VerifyingLayerInput tar) {
        this.layer = layer;
        this.tar = tar;
    }

    public LayerBlob layer() {
        return layer;
    }

    /** The uncompressed tar, verified at its end. */
    public InputStream tar() {
        return tar;
    }

    /** The diff id the config expects of this layer. */
    public String diffId() {
        return layer.diffId();
    }

    /** Reads what is left of the layer and verifies it; throws on any mismatch. */
    public void finish() throws IOException {
        tar.transferTo(OutputStream.nullOutputStream());
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
