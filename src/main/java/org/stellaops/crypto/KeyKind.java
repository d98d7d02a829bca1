// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.Key;
import java.security.interfaces.RSAKey;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The kinds of key the profiles know, recognised from the algorithm identifier of a
 * SubjectPublicKeyInfo or PKCS#8 structure by object identifier alone, so the answer is the same
 * whichever provider made the key object. Anything else is refused by name.
 */
enum KeyKind {
    EC_P256("ECDSA P-256", "EC", "secp256r1"),
    EC_P384("ECDSA P-384", "EC", "secp384r1"),
    EC_BRAINPOOL_P256R1("ECDSA brainpoolP256r1", "EC", "brainpoolP256r1"),
    SM2("SM2", "EC", "sm2p256v1"),
    ED25519("Ed25519", "Ed25519", null),
    RSA("RSA", "RSA", null),
    GOST_2012_256("GOST R 34.10-2012 256", "ECGOST3410-2012", "Tc26-Gost-3410-12-256-paramSetA"),
    GOST_2012_512("GOST R 34.10-2012 512", "ECGOST3410-2012", "Tc26-Gost-3410-12-512-paramSetA"),
    ML_DSA_65("ML-DSA-65", "ML-DSA", null);

    private static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
    private static final String SM2_CURVE = "1.2.156.10197.1.301";

    private final String label;
    private final String keyFactory;
    private final String curve;

    KeyKind(String label, String keyFactory, String curve) {
        this.label = label;
        this.keyFactory = keyFactory;
        this.curve = curve;
    }

    /** How messages name this kind, for example {@code ECDSA P-256}. */
    String label() {
        return label;
    }

    /** The JCA KeyFactory (and KeyPairGenerator) algorithm name. */
    String keyFactory() {
        return keyFactory;
    }

    /** The curve name key generation asks the provider for; null when there is no curve. */
    String curve() {
        return curve;
    }

    /** A description for messages, with the size of an RSA key. */
    static String describe(KeyKind kind, Key key) {
        if (kind == RSA && key instanceof RSAKey rsa) {
            return "RSA " + rsa.getModulus().bitLength() + " bits";
        }
        return kind.label;
    }

    /**
     * The kind of the key under this algorithm identifier.
     *
     * @throws CryptoException naming the object identifier when it is none the profiles know
     */
    static KeyKind of(AlgorithmIdentifier algorithm) {
        String oid = algorithm.getAlgorithm().getId();
        return switch (oid) {
            case EC_PUBLIC_KEY -> ofCurve(algorithm.getParameters());
            case SM2_CURVE -> SM2;
            case "1.3.101.112" -> ED25519;
            case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.10" -> RSA;
            case "1.2.643.7.1.1.1.1" -> GOST_2012_256;
            case "1.2.643.7.1.1.1.2" -> GOST_2012_512;
            case "2.16.840.1.101.3.4.3.18" -> ML_DSA_65;
            default -> throw new CryptoException("unsupported key algorithm " + oid
                    + knownName(oid));
        };
    }

    private static KeyKind ofCurve(ASN1Encodable parameters) {
        if (!(parameters instanceof ASN1ObjectIdentifier curveOid)) {
            throw new CryptoException("EC key with explicit or missing curve parameters;"
                    + " only named curves are supported");
        }
        return switch (curveOid.getId()) {
            case "1.2.840.10045.3.1.7" -> EC_P256;
            case "1.3.132.0.34" -> EC_P384;
            case "1.3.36.3.3.2.8.1.1.7" -> EC_BRAINPOOL_P256R1;
            case SM2_CURVE -> SM2;
            default -> throw new CryptoException("unsupported EC curve " + curveOid.getId()
                    + knownName(curveOid.getId()));
        };
    }

    private static String knownName(String oid) {
        return switch (oid) {
            case "1.3.101.113" -> " (Ed448)";
            case "1.3.132.0.35" -> " (P-521)";
            case "1.2.840.10045.3.1.1" -> " (P-192)";
            case "1.3.132.0.10" -> " (secp256k1)";
            case "1.2.840.10040.4.1" -> " (DSA)";
            case "2.16.840.1.101.3.4.3.17" -> " (ML-DSA-44)";
            case "2.16.840.1.101.3.4.3.19" -> " (ML-DSA-87)";
            default -> "";
        };
    }

    /** The modulus size of an RSA key, 0 for other kinds. */
    static int rsaBits(Key key) {
        return key instanceof RSAKey rsa ? rsa.getModulus().bitLength() : 0;
    }
}
