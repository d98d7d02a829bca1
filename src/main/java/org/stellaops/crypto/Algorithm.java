// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * The signature algorithms of all profiles, by the names docs/crypto.md and
 * {@link Signer#algorithm()} use. Each binds one key kind to one JCA signature, with its
 * parameters fixed here so that a signer and a verifier can never disagree on them.
 *
 * <p>{@link #sign} and {@link #verify} are the way in. For ECDSA P-256 the regular build
 * hashes the message with the JDK and signs the digest ({@link PrehashedEcdsa}): the same
 * bytes as the JCA signature, several times faster on large messages. The other algorithms,
 * and every algorithm in the FIPS build, go through the provider's {@link Signature}.
 */
enum Algorithm {
    // ECDDSA: ECDSA with RFC 6979 nonces; verifying is plain ECDSA.
    ECDSA_P256_SHA256("ecdsa-p256-sha256", KeyKind.EC_P256, "SHA256withECDDSA",
            "SHA256withECDSA", 0),
    ECDSA_P384_SHA384("ecdsa-p384-sha384", KeyKind.EC_P384, "SHA384withECDDSA",
            "SHA384withECDSA", 0),
    ECDSA_BRAINPOOLP256R1_SHA256("ecdsa-brainpoolp256r1-sha256", KeyKind.EC_BRAINPOOL_P256R1,
            "SHA256withECDDSA", "SHA256withECDSA", 0),
    ED25519("ed25519", KeyKind.ED25519, "Ed25519", "Ed25519", 0),
    RSA_PSS_SHA256("rsa-pss-sha256", KeyKind.RSA, "SHA256withRSAandMGF1",
            "SHA256withRSAandMGF1", 3072),
    GOST_2012_256("gost2012-256-streebog256", KeyKind.GOST_2012_256,
            "GOST3411-2012-256withECGOST3410-2012-256",
            "GOST3411-2012-256withECGOST3410-2012-256", 0),
    GOST_2012_512("gost2012-512-streebog512", KeyKind.GOST_2012_512,
            "GOST3411-2012-512withECGOST3410-2012-512",
            "GOST3411-2012-512withECGOST3410-2012-512", 0),
    // BouncyCastle's SM2 signer uses the distinguishing id 1234567812345678 unless told otherwise.
    SM2_SM3("sm2-sm3", KeyKind.SM2, "SM3withSM2", "SM3withSM2", 0),
    ML_DSA_65("ml-dsa-65", KeyKind.ML_DSA_65, "ML-DSA-65", "ML-DSA-65", 0);

    private static final PSSParameterSpec PSS_SHA256 =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
    private static final PrehashedEcdsa PREHASHED = PrehashedEcdsa.load();

    private final String id;
    private final KeyKind kind;
    private final String signName;
    private final String verifyName;
    private final int minimumBits;

    Algorithm(String id, KeyKind kind, String signName, String verifyName, int minimumBits) {
        this.id = id;
        this.kind = kind;
        this.signName = signName;
        this.verifyName = verifyName;
        this.minimumBits = minimumBits;
    }

    /** The name docs/crypto.md uses, for example {@code ecdsa-p256-sha256}. */
    String id() {
        return id;
    }

    KeyKind kind() {
        return kind;
    }

    /** True when this algorithm accepts the key: the right kind and, for RSA, large enough. */
    boolean accepts(KeyKind keyKind, Key key) {
        return keyKind == kind && KeyKind.rsaBits(key) >= minimumBits;
    }

    /** What this algorithm takes, for refusal messages. */
    String describe() {
        String size = minimumBits > 0 ? " of at least " + minimumBits + " bits" : "";
        return id + " (" + kind.label() + size + ")";
    }

    /** The signature of {@code message} by {@code key}, in the encoding verifiers expect. */
    byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        if (hashedByJdk()) {
            return PREHASHED.sign(key, sha256(message));
        }
        Signature signature = forSigning();
        signature.initSign(key);
        signature.update(message);
        return signature.sign();
    }

    /**
     * True when {@code value} is a signature of {@code message} by {@code key}.
     *
     * @throws GeneralSecurityException when the key is unusable or the signature undecodable
     */
    boolean verify(PublicKey key, byte[] message, byte[] value) throws GeneralSecurityException {
        if (hashedByJdk()) {
            return PREHASHED.verify(key, sha256(message), value);
        }
        Signature signature = forVerifying();
        signature.initVerify(key);
        signature.update(message);
        return signature.verify(value);
    }

    // P-256 only: the default profile's algorithm, whose cost --attest adds to every scan.
    // P-384 and brainpool would take only their digest and nonce HMAC, if ever worth it.
    private boolean hashedByJdk() {
        return this == ECDSA_P256_SHA256 && PREHASHED != null;
    }

    private static byte[] sha256(byte[] message) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(message);
    }

    /** A fresh Signature for signing, from the build's provider. */
    Signature forSigning() throws GeneralSecurityException {
        return configure(Signature.getInstance(signName, CryptoProviders.get()));
    }

    /** A fresh Signature for verifying, from the build's provider. */
    Signature forVerifying() throws GeneralSecurityException {
        return configure(Signature.getInstance(verifyName, CryptoProviders.get()));
    }

    private Signature configure(Signature signature) throws GeneralSecurityException {
        if (this == RSA_PSS_SHA256) {
            signature.setParameter(PSS_SHA256);
        }
        return signature;
    }
}
