// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The keys of Stella's own tokens: at most one ES256 signing key with its key id, and the
 * public keys tokens are verified with, by key id. The signing key's public half is always
 * among the verification keys, so what this server issues it also accepts; older keys stay
 * listed during a rotation so that tokens they signed keep working until they expire.
 * Immutable.
 */
public final class TokenKeys {

    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> verification;

    /**
     * @param signingKeyId the {@code kid} issued tokens carry; null when this side only verifies
     * @param verification public keys by key id; the signing key's public key must be here
     */
    public TokenKeys(String signingKeyId, PrivateKey signingKey,
            Map<String, PublicKey> verification) {
        this(signingKeyId, signingKey, verification, true);
    }

    /** Keys that only sign, for the command line's offline tokens: the server verifies. */
    public static TokenKeys signingOnly(String signingKeyId, PrivateKey signingKey) {
        return new TokenKeys(signingKeyId, signingKey, Map.of(), false);
    }

    private TokenKeys(String signingKeyId, PrivateKey signingKey,
            Map<String, PublicKey> verification, boolean verifiesOwn) {
        if ((signingKeyId == null) != (signingKey == null)) {
            throw new IllegalArgumentException("a signing key needs its key id");
        }
        if (verifiesOwn && signingKeyId != null && !verification.containsKey(signingKeyId)) {
            throw new IllegalArgumentException("the signing key " + signingKeyId
                    + " has no public key among the verification keys");
        }
        this.signingKeyId = signingKeyId;
        this.signingKey = signingKey;
        this.verification = Map.copyOf(new TreeMap<>(verification));
    }

    /** The public key of this key id, if it is trusted. */
    public Optional<PublicKey> verificationKey(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(verification.get(keyId));
    }

    public Map<String, PublicKey> verificationKeys() {
        return verification;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public PrivateKey signingKey() {
        if (signingKey == null) {
            throw new IllegalStateException("no signing key: these keys only verify");
        }
        return signingKey;
    }
}
