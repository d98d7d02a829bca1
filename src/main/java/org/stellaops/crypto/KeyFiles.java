// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * Reads private keys from files treated as hostile: at most {@link #MAX_BYTES}, every failure a
 * {@link CryptoException} naming the file and the reason. Understands PEM (PKCS#8, encrypted
 * PKCS#8, certificates after the key), DER PKCS#8 and PKCS#12.
 *
 * <p>NOTE: the JDK and the ASN.1 classes do the parsing, not bcpkix's PEM parser, because
 * bcpkix cannot run beside bc-fips: the same reader must work in the FIPS build.
 */
final class KeyFiles {

    static final int MAX_BYTES = 1 << 20;

    private KeyFiles() {
    }

    /** The bytes of {@code file}, refusing missing, unreadable and oversized files. */
    static byte[] readLimited(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new CryptoException(file + ": larger than " + MAX_BYTES
                        + " bytes, not a key file");
            }
            if (content.length == 0) {
                throw new CryptoException(file + ": empty file");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new CryptoException(file + ": no such file");
        } catch (IOException e) {
            throw new CryptoException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Every private key of {@code file}, in file order, each with the certificates after it. */
    static List<KeyEntry> readPrivateKeys(Path file, char[] password) {
        String source = file.toString();
        byte[] content = readLimited(file);
        try {
            if (Pem.looksLikePem(content)) {
                return fromPem(new String(content, StandardCharsets.US_ASCII), password, source);
            }
            ASN1Sequence top = derSequence(content, source);
            if (top.size() >= 2 && top.getObjectAt(0) instanceof ASN1Integer version
                    && version.getValue().intValue() == 3) {
                // A PFX starts SEQUENCE { INTEGER 3, ContentInfo }; PKCS#8 has version 0 or 1.
                return Pkcs12Files.read(content, password, source);
            }
            if (top.size() == 2 && top.getObjectAt(0) instanceof ASN1Sequence) {
                return List.of(privateKey(EncryptedKeys.decrypt(content, password, source),
                        source));
            }
            return List.of(privateKey(content, source));
        } catch (CryptoException e) {
            throw e;
        } catch (RuntimeException e) {
            // ASN.1 parsing of a damaged file fails with assorted unchecked exceptions.
            throw new CryptoException(source + ": malformed key file (" + e.getClass()
                    .getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static List<KeyEntry> fromPem(String text, char[] password, String source) {
        // Checked before parsing: legacy encrypted PEM has headers the block reader rejects.
        for (String legacy : List.of("EC", "RSA", "DSA")) {
            if (text.contains("-----BEGIN " + legacy + " PRIVATE KEY-----")) {
                throw new CryptoException(source + ": " + legacy + " PRIVATE KEY is a legacy"
                        + " format; convert it with: openssl pkcs8 -topk8 -in <file>");
            }
        }
        List<KeyEntry> keys = new ArrayList<>();
        List<Pem.Block> certificates = new ArrayList<>();
        for (Pem.Block block : Pem.read(text, source)) {
            switch (block.label()) {
                case "PRIVATE KEY" -> {
                    attach(keys, certificates, source);
                    keys.add(privateKey(block.der(), source));
                }
                case "ENCRYPTED PRIVATE KEY" -> {
                    attach(keys, certificates, source);
                    keys.add(privateKey(EncryptedKeys.decrypt(block.der(), password, source),
                            source));
                }
                case "CERTIFICATE" -> certificates.add(block);
                default -> {
                    // public keys and parameters next to a key are ignored
                }
            }
        }
        attach(keys, certificates, source);
        if (keys.isEmpty()) {
            throw new CryptoException(source + ": holds no private key");
        }
        return keys;
    }

    private static void attach(List<KeyEntry> keys, List<Pem.Block> certificates,
            String source) {
        if (certificates.isEmpty()) {
            return;
        }
        if (keys.isEmpty()) {
            throw new CryptoException(source + ": holds no private key before its"
                    + " certificates (certificates follow the key they certify)");
        }
        int last = keys.size() - 1;
        keys.set(last, keys.get(last).withChain(Certificates.decode(certificates, source)));
        certificates.clear();
    }

    /** A plain DER PKCS#8 key, with its public key. */
    static KeyEntry privateKey(byte[] der, String source) {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new CryptoException(source + ": not a PKCS#8 private key");
        }
        KeyKind kind;
        try {
            kind = KeyKind.of(info.getPrivateKeyAlgorithm());
        } catch (CryptoException e) {
            throw new CryptoException(source + ": " + e.getMessage());
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(kind.keyFactory(), CryptoProviders.get())
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new CryptoException(source + ": cannot read the " + kind.label() + " key with "
                    + CryptoProviders.get().getName() + ": " + e.getMessage());
        }
        return new KeyEntry(key, PublicKeys.of(key, kind, info, source), kind, source,
                List.of());
    }

    private static ASN1Sequence derSequence(byte[] der, String source) {
        try {
            return ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new CryptoException(source + ": neither PEM nor a DER PKCS#8 or PKCS#12 key");
        }
    }
}
