// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PKCS#12 key stores, opened with the build's provider: each key entry, in alias order, with
 * its certificate chain. The key is re-read from its PKCS#8 encoding so it is checked exactly
 * like a key from a PEM file.
 *
 * <p>NOTE: the key store's MAC and key decryption run inside the provider, so the bound on
 * their iteration counts is BouncyCastle's, not {@link EncryptedKeys#MAX_ITERATIONS}; a hostile
 * PKCS#12 file can cost more CPU than a hostile PEM file. Parsing the PFX with the ASN.1
 * classes first would allow the same cap.
 */
final class Pkcs12Files {

    private Pkcs12Files() {
    }

    static List<KeyEntry> read(byte[] content, char[] password, String source) {
        KeyStore store = open(content, password, source);
        List<KeyEntry> keys = new ArrayList<>();
        try {
            List<String> aliases = Collections.list(store.aliases());
            Collections.sort(aliases);
            for (String alias : aliases) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                if (!(key instanceof PrivateKey)) {
                    continue;
                }
                KeyEntry entry = KeyFiles.privateKey(key.getEncoded(), source);
                keys.add(entry.withChain(chain(store.getCertificateChain(alias))));
            }
        } catch (GeneralSecurityException e) {
            throw new CryptoException(source + ": cannot read the PKCS#12 key: "
                    + e.getMessage());
        }
        if (keys.isEmpty()) {
            throw new CryptoException(source + ": the PKCS#12 file holds no private key");
        }
        return keys;
    }

    private static KeyStore open(byte[] content, char[] password, String source) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", CryptoProviders.get());
            store.load(new ByteArrayInputStream(content), password == null ? new char[0]
                    : password);
            return store;
        } catch (IOException e) {
            throw new CryptoException(source + ": cannot open the PKCS#12 file (wrong password,"
                    + " or damaged): " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new CryptoException(source + ": cannot open the PKCS#12 file: "
                    + e.getMessage());
        }
    }

    private static List<X509Certificate> chain(Certificate[] certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                chain.add(Certificates.decode(encoded(certificate), "PKCS#12 chain"));
            }
        }
        return chain;
    }

    private static byte[] encoded(Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("cannot encode a PKCS#12 certificate: " + e.getMessage());
        }
    }
}
