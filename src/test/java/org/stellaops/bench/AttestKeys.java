// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.stellaops.crypto.CryptoProfile;
import org.stellaops.crypto.CryptoProfiles;
import org.stellaops.crypto.CryptoProviders;
import org.stellaops.crypto.SignatureVerifier;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.SigningKeys;

/**
 * Signing keys and a matching verifier for one algorithm of one profile, named
 * {@code profile/algorithm} with the algorithm ids of docs/crypto.md (the pq hybrid is
 * {@code pq/ml-dsa-65+ecdsa-p256-sha256}). What {@link CryptoProfile#generateKeys} makes is taken as
 * it comes; the other algorithms a profile allows have no generator, so their key pair is made
 * here and read back through {@link CryptoProfile#loadKeys}, as a user's own key would be. The
 * eidas keys made here carry a self-signed certificate that is also the only anchor, which is
 * what the profile's own generator does too.
 */
record AttestKeys(String name, SigningKeys keys, SignatureVerifier verifier,
        List<X509Certificate> chain) {

    /** Every algorithm the six profiles allow, P-256 under each profile that differs. */
    static final String ALL = "default/ecdsa-p256-sha256,default/ed25519,fips/ecdsa-p384-sha384,"
            + "fips/rsa-pss-sha256,gost/gost2012-256-streebog256,gost/gost2012-512-streebog512,"
            + "sm/sm2-sm3,eidas/ecdsa-p256-sha256,eidas/ecdsa-brainpoolp256r1-sha256,"
            + "eidas/rsa-pss-sha256,pq/ml-dsa-65,pq/ml-dsa-65+ecdsa-p256-sha256";

    static AttestKeys make(String name, Path dir) throws IOException, GeneralSecurityException {
        String[] parts = name.split("/", 2);
        CryptoProfile profile = CryptoProfiles.named(parts[0]);
        String wanted = parts[1];
        SigningKeys keys = profile.generateKeys(dir.resolve("generated"));
        List<PublicKey> trusted = CryptoProfiles.readPublicKeys(dir.resolve("generated"));
        if (!algorithmsOf(keys).equals(wanted)) {
            KeyPair pair = pairFor(wanted);
            Path file = dir.resolve("own.key.pem");
            StringBuilder pem = new StringBuilder(pem("PRIVATE KEY",
                    pair.getPrivate().getEncoded()));
            if (parts[0].equals("eidas")) {
                pem.append(pem("CERTIFICATE", selfSigned(pair, wanted).getEncoded()));
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            keys = profile.loadKeys(file, null);
            trusted = List.of(pair.getPublic());
        }
        if (!algorithmsOf(keys).equals(wanted)) {
            throw new IllegalStateException(name + ": got keys for " + algorithmsOf(keys));
        }
        List<X509Certificate> chain = keys.signers().get(0).certificateChain();
        // a self-signed leaf is its own anchor; a real deployment anchors at a CA instead
        SignatureVerifier verifier = profile.verifier(trusted, chain);
        return new AttestKeys(name, keys, verifier, chain);
    }

    private static String algorithmsOf(SigningKeys keys) {
        return String.join("+", keys.signers().stream().map(Signer::algorithm).toList());
    }

    private static KeyPair pairFor(String algorithm) throws GeneralSecurityException {
        String curve = switch (algorithm) {
            case "ecdsa-p256-sha256" -> "secp256r1";
            case "ecdsa-p384-sha384" -> "secp384r1";
            case "ecdsa-brainpoolp256r1-sha256" -> "brainpoolP256r1";
            case "gost2012-512-streebog512" -> "Tc26-Gost-3410-12-512-paramSetA";
            default -> null;
        };
        String generator = switch (algorithm) {
            case "ed25519" -> "Ed25519";
            case "rsa-pss-sha256" -> "RSA";
            case "ml-dsa-65" -> "ML-DSA-65";
            case "gost2012-512-streebog512" -> "ECGOST3410-2012";
            default -> "EC";
        };
        KeyPairGenerator pairs = KeyPairGenerator.getInstance(generator,
                CryptoProviders.get());
        if (curve != null) {
            pairs.initialize(new ECGenParameterSpec(curve));
        } else if (generator.equals("RSA")) {
            pairs.initialize(3072);
        }
        return pairs.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair, String algorithm)
            throws GeneralSecurityException {
        X500Name subject = new X500Name("CN=stella bench " + algorithm);
        long now = System.currentTimeMillis();
        String signature = algorithm.startsWith("rsa") ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            var holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now),
                    new Date(now - 3_600_000L), new Date(now + 86_400_000L), subject,
                    pair.getPublic()).build(new JcaContentSignerBuilder(signature)
                    .setProvider(CryptoProviders.get())
                    .build(pair.getPrivate()));
            return new JcaX509CertificateConverter()
                    .setProvider(CryptoProviders.get())
                    .getCertificate(holder);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
