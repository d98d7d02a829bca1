// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.List;
import org.stellaops.crypto.SigningKeys;

/**
 * Signers from plain JDK crypto, standing in for the crypto profiles (built elsewhere): Ed25519
 * (deterministic, so envelopes repeat byte for byte) and ECDSA P-256 with DER signatures.
 */
final class TestSigners {

    private static final HexFormat HEX = HexFormat.of();
    /** DER of a PKCS#8 Ed25519 key up to the 32 seed bytes (RFC 8410). */
    private static final String ED25519_PKCS8_PREFIX = "302e020100300506032b657004220420";
    /** DER of an Ed25519 SubjectPublicKeyInfo up to the 32 key bytes (RFC 8410). */
    private static final String ED25519_SPKI_PREFIX = "302a300506032b6570032100";

    private TestSigners() {
    }

    /** One signer of a key pair, with the key id the contract defines. */
    record JdkSigner(KeyPair pair, String jcaAlgorithm, String algorithm,
            List<X509Certificate> chain) implements org.stellaops.crypto.Signer {

        @Override
        public String keyId() {
            return keyIdOf(pair.getPublic());
        }

        @Override
        public byte[] sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance(jcaAlgorithm);
                signature.initSign(pair.getPrivate());
                signature.update(message);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<X509Certificate> certificateChain() {
            return chain;
        }

        PublicKey publicKey() {
            return pair.getPublic();
        }
    }

    static JdkSigner ed25519() throws GeneralSecurityException {
        return new JdkSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(),
                "Ed25519", "ed25519", List.of());
    }

    /** The Ed25519 key of a 32-byte seed (RFC 8032 writes its test keys this way). */
    static JdkSigner ed25519(String seedHex, String publicHex) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                HEX.parseHex(ED25519_PKCS8_PREFIX + seedHex)));
        return new JdkSigner(new KeyPair(ed25519PublicKey(publicHex), privateKey), "Ed25519",
                "ed25519", List.of());
    }

    static PublicKey ed25519PublicKey(String publicHex) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                HEX.parseHex(ED25519_SPKI_PREFIX + publicHex)));
    }

    static JdkSigner ecdsaP256() throws GeneralSecurityException {
        return ecdsaP256(ecdsaP256Pair(), List.of());
    }

    static JdkSigner ecdsaP256(KeyPair pair, List<X509Certificate> chain) {
        return new JdkSigner(pair, "SHA256withECDSA", "ecdsa-p256-sha256", chain);
    }

    static KeyPair ecdsaP256Pair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static SigningKeys keys(JdkSigner... signers) {
        return new SigningKeys("test", List.of(signers));
    }

    static String keyIdOf(PublicKey key) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
