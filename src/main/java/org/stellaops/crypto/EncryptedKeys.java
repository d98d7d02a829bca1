// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Decrypts an encrypted PKCS#8 key (PBES2 with PBKDF2 and AES-CBC, what {@code openssl pkcs8
 * -topk8} and {@code openssl genpkey -aes256} write). The structure is read with the ASN.1
 * classes both BouncyCastle builds share; the key derivation and AES run in the JDK's own
 * providers, since they only unwrap the key file and are not part of any profile's signatures.
 * Iteration counts are capped so that a hostile file cannot stall the reader.
 */
final class EncryptedKeys {

    static final int MAX_ITERATIONS = 10_000_000;

    private static final Map<String, String> PRFS = Map.of(
            "1.2.840.113549.2.7", "PBKDF2WithHmacSHA1",
            "1.2.840.113549.2.9", "PBKDF2WithHmacSHA256",
            "1.2.840.113549.2.10", "PBKDF2WithHmacSHA384",
            "1.2.840.113549.2.11", "PBKDF2WithHmacSHA512");

    private static final Map<String, Integer> AES_CBC_KEY_BYTES = Map.of(
            "2.16.840.1.101.3.4.1.2", 16,
            "2.16.840.1.101.3.4.1.22", 24,
            "2.16.840.1.101.3.4.1.42", 32);

    private EncryptedKeys() {
    }

    /** The plain PKCS#8 DER inside {@code der}; {@code source} names the file in errors. */
    static byte[] decrypt(byte[] der, char[] password, String source) {
        if (password == null) {
            throw new CryptoException(source + ": the key is encrypted and no password was given");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = EncryptedPrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new CryptoException(source + ": not an encrypted PKCS#8 key");
        }
        AlgorithmIdentifier scheme = info.getEncryptionAlgorithm();
        if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
            throw new CryptoException(source + ": key encryption " + scheme.getAlgorithm()
                    + " is not supported; re-encrypt with PBES2 (openssl pkcs8 -topk8 -v2 aes256)");
        }
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
        Cipher cipher = cipher(pbes2, password, source);
        try {
            return cipher.doFinal(info.getEncryptedData());
        } catch (GeneralSecurityException e) {
            throw new CryptoException(source + ": wrong password, or the key file is damaged");
        }
    }

    private static Cipher cipher(PBES2Parameters pbes2, char[] password, String source) {
        AlgorithmIdentifier kdf = AlgorithmIdentifier.getInstance(
                pbes2.getKeyDerivationFunc().toASN1Primitive());
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
            throw new CryptoException(source + ": key derivation " + kdf.getAlgorithm()
                    + " is not supported (only PBKDF2)");
        }
        PBKDF2Params params = PBKDF2Params.getInstance(kdf.getParameters());
        String prf = PRFS.get(params.getPrf().getAlgorithm().getId());
        AlgorithmIdentifier encryption = AlgorithmIdentifier.getInstance(
                pbes2.getEncryptionScheme());
        Integer keyBytes = AES_CBC_KEY_BYTES.get(encryption.getAlgorithm().getId());
        if (prf == null || keyBytes == null) {
            throw new CryptoException(source + ": key encryption with "
                    + params.getPrf().getAlgorithm() + " and " + encryption.getAlgorithm()
                    + " is not supported (PBKDF2 with HMAC-SHA1/SHA-2 and AES-CBC are)");
        }
        BigInteger count = params.getIterationCount();
        if (count.signum() < 1 || count.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new CryptoException(source + ": " + count + " PBKDF2 iterations is outside"
                    + " 1.." + MAX_ITERATIONS);
        }
        int iterations = count.intValue();
        byte[] iv = ASN1OctetString.getInstance(encryption.getParameters()).getOctets();
        try {
            PBEKeySpec spec = new PBEKeySpec(password, params.getSalt(), iterations,
                    keyBytes * 8);
            byte[] key = SecretKeyFactory.getInstance(prf).generateSecret(spec).getEncoded();
            spec.clearPassword();
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptoException(source + ": cannot set up key decryption: " + e.getMessage());
        }
    }
}
