// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;

/** Fresh P-256 key pairs for the token tests. */
final class TestKeys {

    private TestKeys() {
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
