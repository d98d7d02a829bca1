// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

/**
 * An envelope, statement, chain file or proof that cannot be read or made; the message names
 * what was wrong (the field, the limit, the encoding) so an operator can tell tampering from a
 * truncated download.
 */
public final class AttestationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AttestationException(String message) {
        super(message);
    }

    public AttestationException(String message, Throwable cause) {
        super(message, cause);
    }
}
