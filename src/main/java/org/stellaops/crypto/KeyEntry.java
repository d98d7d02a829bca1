// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key read from a file, with its public key (always present), its kind, the file it
 * came from and the certificates that followed it (leaf first; often none).
 */
record KeyEntry(PrivateKey privateKey, PublicKey publicKey, KeyKind kind, String source,
        List<X509Certificate> chain) {

    KeyEntry {
        chain = List.copyOf(chain);
    }

    KeyEntry withChain(List<X509Certificate> certificates) {
        return new KeyEntry(privateKey, publicKey, kind, source, certificates);
    }
}
