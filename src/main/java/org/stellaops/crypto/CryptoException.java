// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

/** A key, algorithm or profile problem: the message says which file or key and why. */
public final class CryptoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
