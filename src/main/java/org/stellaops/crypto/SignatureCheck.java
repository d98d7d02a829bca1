// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.GeneralSecurityException;
import java.security.PublicKey;

/** One signature checked with one public key: it holds or not, never an exception. */
final class SignatureCheck {

    private SignatureCheck() {
    }

    /** Null when the signature holds, else the reason it does not. */
    static String failure(Algorithm algorithm, PublicKey key, byte[] message, byte[] value) {
        try {
            return algorithm.verify(key, message, value) ? null : "does not match the message";
        } catch (GeneralSecurityException | RuntimeException e) {
            // A truncated or re-encoded signature surfaces as a SignatureException here.
            return "is malformed (" + e.getMessage() + ")";
        }
    }
}
