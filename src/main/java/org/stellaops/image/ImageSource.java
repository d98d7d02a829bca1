// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.util.List;

/**
 * One image, from wherever it is stored. The config and layer list are read and verified when
 * the source opens; layer bytes are read only through {@link #openLayer}, one pass each, and
 * never written to disk. Close every layer stream before the source: an archive source's file
 * closes with it.
 */
public interface ImageSource extends AutoCloseable {

    ImageConfig config();

    /** Layers bottom to top, each with the diff id the config expects of it. */
    List<LayerBlob> layers();

    /** Opens one of this source's layers; verification happens at the end of its tar. */
    LayerStream openLayer(LayerBlob layer) throws IOException;

    @Override
    void close() throws IOException;
}
