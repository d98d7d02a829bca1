// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A small CA and a leaf issued by it (bcpkix), for chain files; fixed validity dates. */
final class TestCertificates {

    private TestCertificates() {
    }

    /** Leaf first, then the root that issued it. */
    static List<X509Certificate> chainFor(KeyPair leaf) throws Exception {
        KeyPair root = TestSigners.ecdsaP256Pair();
        X509Certificate rootCertificate = issue("CN=Stella Test Root", root.getPublic(),
                "CN=Stella Test Root", root.getPrivate(), 1);
        X509Certificate leafCertificate = issue("CN=Stella Test Signer", leaf.getPublic(),
                "CN=Stella Test Root", root.getPrivate(), 2);
        return List.of(leafCertificate, rootCertificate);
    }

    private static X509Certificate issue(String subject, PublicKey key, String issuer,
            PrivateKey issuerKey, long serial) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer), BigInteger.valueOf(serial),
                new Date(1_700_000_000_000L), new Date(2_000_000_000_000L),
                new X500Name(subject), key);
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
