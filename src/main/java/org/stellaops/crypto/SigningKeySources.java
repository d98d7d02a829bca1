// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the command line and the server take their signing keys from, in one order: the
 * configured key file, else the profile's keys in the keys folder, else new ones made there
 * (the caller is told, so it can say so to its operator).
 */
public final class SigningKeySources {

    private SigningKeySources() {
    }

    /**
     * @param keyFile the configured key, or null
     * @param password its password, or null
     * @param onCreated called with keys this call made, never with found or configured ones
     */
    public static SigningKeys resolve(CryptoProfile profile, Path keyFile, char[] password,
            Path keysDir, Consumer<SigningKeys> onCreated) {
        if (keyFile != null) {
            return profile.loadKeys(keyFile, password);
        }
        Optional<SigningKeys> found = profile.findKeys(keysDir);
        if (found.isPresent()) {
            return found.get();
        }
        SigningKeys made = profile.generateKeys(keysDir);
        onCreated.accept(made);
        return made;
    }
}
