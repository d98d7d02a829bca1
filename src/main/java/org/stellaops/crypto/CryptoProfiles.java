// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

/** Finds profiles by name and reads public keys, whatever the profile. */
public final class CryptoProfiles {

    private CryptoProfiles() {
    }

    /**
     * The profile of this name.
     *
     * @throws CryptoException naming the profiles there are, for an unknown name
     */
    public static CryptoProfile named(String name) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Public keys from a file (SubjectPublicKeyInfo PEM, or an X.509 certificate PEM whose key is
     * taken) or from every {@code *.pub.pem} and {@code *.crt.pem} of a folder, sorted by name.
     */
    public static List<PublicKey> readPublicKeys(Path fileOrDir) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Lowercase hex SHA-256 of the key's DER SubjectPublicKeyInfo. */
    public static String keyId(PublicKey key) {
        throw new UnsupportedOperationException("not built yet");
    }
}
