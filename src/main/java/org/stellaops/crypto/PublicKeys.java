// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.lang.reflect.Method;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Turns encodings into public keys of the build's provider, and recovers the public key that
 * belongs to a private key: from the PKCS#8 structure when it carries one, else computed.
 */
final class PublicKeys {

    private PublicKeys() {
    }

    /** The public key of a DER SubjectPublicKeyInfo, with its kind. */
    static PublicKey decode(byte[] spki, String source) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(spki));
        } catch (Exception e) {
            throw new CryptoException(source + ": not a DER SubjectPublicKeyInfo");
        }
        KeyKind kind = kindOf(info, source);
        try {
            return KeyFactory.getInstance(kind.keyFactory(), CryptoProviders.get())
                    .generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new CryptoException(source + ": cannot read the " + kind.label()
                    + " public key with " + CryptoProviders.get().getName() + ": "
                    + e.getMessage());
        }
    }

    static KeyKind kindOf(SubjectPublicKeyInfo info, String source) {
        try {
            return KeyKind.of(info.getAlgorithm());
        } catch (CryptoException e) {
            throw new CryptoException(source + ": " + e.getMessage());
        }
    }

    /** The public key of {@code key}, read from {@code pkcs8} or derived. */
    static PublicKey of(PrivateKey key, KeyKind kind, PrivateKeyInfo pkcs8, String source) {
        try {
            byte[] carried = carriedPublicKey(pkcs8, kind);
            if (carried != null) {
                SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(
                        pkcs8.getPrivateKeyAlgorithm(), carried);
                return decode(spki.getEncoded("DER"), source);
            }
            return derive(key, kind, source);
        } catch (IOException | GeneralSecurityException e) {
            throw new CryptoException(source + ": cannot recover the public key: "
                    + e.getMessage());
        }
    }

    private static byte[] carriedPublicKey(PrivateKeyInfo pkcs8, KeyKind kind)
            throws IOException {
        if (pkcs8.getPublicKeyData() != null) {
            return pkcs8.getPublicKeyData().getOctets();
        }
        boolean ecStructure = kind == KeyKind.EC_P256 || kind == KeyKind.EC_P384
                || kind == KeyKind.EC_BRAINPOOL_P256R1 || kind == KeyKind.SM2;
        if (ecStructure) {
            ASN1Encodable parsed = pkcs8.parsePrivateKey();
            ASN1BitString point =
                    org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(parsed).getPublicKey();
            return point == null ? null : point.getOctets();
        }
        return null;
    }

    private static PublicKey derive(PrivateKey key, KeyKind kind, String source)
            throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance(kind.keyFactory(), CryptoProviders.get());
        if (key instanceof RSAPrivateCrtKey rsa) {
            return factory.generatePublic(
                    new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        }
        if (key instanceof ECPrivateKey ec) {
            return factory.generatePublic(new ECPublicKeySpec(
                    EcPoints.publicPoint(ec.getS(), ec.getParams()), ec.getParams()));
        }
        return reflectedPublicKey(key, source);
    }

    // NOTE: BouncyCastle's Ed25519 and ML-DSA private keys hand out their public key through
    // interfaces (jcajce.interfaces) that bc-fips lacks in part; asking by method name keeps
    // these sources compiling against both builds.
    private static PublicKey reflectedPublicKey(PrivateKey key, String source) {
        for (Class<?> type = key.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> contract : type.getInterfaces()) {
                try {
                    Method method = contract.getMethod("getPublicKey");
                    if (PublicKey.class.isAssignableFrom(method.getReturnType())) {
                        return (PublicKey) method.invoke(key);
                    }
                } catch (ReflectiveOperationException e) {
                    // not this interface
                }
            }
        }
        throw new CryptoException(source + ": the key file does not carry the public key and"
                + " it cannot be computed for " + key.getAlgorithm());
    }
}
