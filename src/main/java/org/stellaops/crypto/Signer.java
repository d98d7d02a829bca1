// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * One private key of a crypto profile, able to sign. A hybrid key (profile pq) is two signers
 * that always sign together; see {@link SigningKeys}.
 */
public interface Signer {

    /** Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo of this key's public key. */
    String keyId();

    /** The algorithm, by the names docs/crypto.md lists, for example {@code ecdsa-p256-sha256}. */
    String algorithm();

    /**
     * The signature over {@code message} in the encoding verifiers expect: DER for ECDSA, SM2 and
     * brainpool; raw for Ed25519, ML-DSA and GOST (as openssl writes them).
     *
     * @throws CryptoException when the key cannot sign
     */
    byte[] sign(byte[] message);

    /** The signer's X.509 chain, leaf first; empty unless the profile ships one (eidas). */
    default List<X509Certificate> certificateChain() {
        return List.of();
    }
}
