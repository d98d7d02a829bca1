// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Public keys from one file: every {@code PUBLIC KEY} block of a PEM file and the key of its
 * first {@code CERTIFICATE} block, or a DER SubjectPublicKeyInfo.
 */
final class PublicKeyFiles {

    private PublicKeyFiles() {
    }

    static List<PublicKey> read(Path file) {
        byte[] content = KeyFiles.readLimited(file);
        String source = file.toString();
        if (!Pem.looksLikePem(content)) {
            return List.of(PublicKeys.decode(content, source));
        }
        List<PublicKey> keys = new ArrayList<>();
        boolean certificateSeen = false;
        for (Pem.Block block : Pem.read(CryptoProfiles.ascii(content), source)) {
            if (block.label().equals("PUBLIC KEY")) {
                keys.add(PublicKeys.decode(block.der(), source));
            } else if (block.label().equals("CERTIFICATE") && !certificateSeen) {
                certificateSeen = true;
                keys.add(Certificates.decode(block.der(), source).getPublicKey());
            }
        }
        if (keys.isEmpty()) {
            throw new CryptoException(source + ": holds no public key or certificate");
        }
        return keys;
    }
}
