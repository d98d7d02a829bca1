// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Checks signatures against a set of trusted public keys under one profile. Verified means: at
 * least one signature by a trusted key holds, no signature by a trusted key fails, and for a
 * hybrid key both halves signed and both hold.
 */
public interface SignatureVerifier {

    /**
     * @param chain the signer's certificate chain, leaf first, when one was shipped (eidas);
     *              empty otherwise
     * @throws CryptoException on an error that is not a verdict (an unreadable key, say)
     */
    Verification verify(byte[] message, List<SignatureValue> signatures,
            List<X509Certificate> chain);
}
