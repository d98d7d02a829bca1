// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;

/**
 * An image could not be read or did not verify. It is an {@link IOException} so a layer stream
 * can raise it from {@code read()}: a digest mismatch surfaces at end of stream, before the
 * consumer trusts what it read.
 */
public class ImageException extends IOException {

    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
