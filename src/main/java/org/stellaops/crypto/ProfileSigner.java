// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key bound to the one algorithm its profile allows for it. Each call to
 * {@link #sign} uses a fresh signature object, so one signer may be shared between threads.
 */
final class ProfileSigner implements Signer {

    private final Algorithm algorithm;
    private final PrivateKey key;
    private final String keyId;
    private final List<X509Certificate> chain;

    ProfileSigner(Algorithm algorithm, KeyEntry entry) {
        this.algorithm = algorithm;
        this.key = entry.privateKey();
        this.keyId = CryptoProfiles.keyId(entry.publicKey());
        this.chain = entry.chain();
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public String algorithm() {
        return algorithm.id();
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            return algorithm.sign(key, message);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("key " + keyId + " cannot sign with " + algorithm.id()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public String toString() {
        return algorithm.id() + " key " + keyId;
    }
}
