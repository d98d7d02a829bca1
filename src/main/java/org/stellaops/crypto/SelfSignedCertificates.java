// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/**
 * The self-signed certificate a generated eidas key gets: an end-entity certificate (not a CA,
 * digital signature only) valid for three years, signed with ECDSA P-256 SHA-256. It is
 * assembled from the ASN.1 classes both BouncyCastle builds share, not with bcpkix, which
 * cannot run beside bc-fips. Such a certificate verifies only where it is itself configured as
 * a trust anchor.
 */
final class SelfSignedCertificates {

    static final Duration VALIDITY = Duration.ofDays(3 * 365);

    private static final ASN1ObjectIdentifier ECDSA_WITH_SHA256 =
            new ASN1ObjectIdentifier("1.2.840.10045.4.3.2");

    private SelfSignedCertificates() {
    }

    static X509Certificate create(KeyPair keys, String keyId) {
        AlgorithmIdentifier signatureAlgorithm = new AlgorithmIdentifier(ECDSA_WITH_SHA256);
        X500Name name = new X500Name("CN=Stella Ops signing key " + keyId.substring(0, 16));
        Instant now = Instant.now();
        try {
            V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
            tbs.setSerialNumber(new ASN1Integer(new BigInteger(63, new SecureRandom())));
            tbs.setSignature(signatureAlgorithm);
            tbs.setIssuer(name);
            tbs.setSubject(name);
            tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofMinutes(5)))));
            tbs.setEndDate(new Time(Date.from(now.plus(VALIDITY))));
            tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(
                    keys.getPublic().getEncoded()));
            tbs.setExtensions(new Extensions(new Extension[] {
                new Extension(Extension.basicConstraints, true,
                        new BasicConstraints(false).getEncoded()),
                new Extension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature).getEncoded())}));
            TBSCertificate certificate = tbs.generateTBSCertificate();

            Signature signer = Signature.getInstance("SHA256withECDSA", CryptoProviders.get());
            signer.initSign(keys.getPrivate());
            signer.update(certificate.getEncoded("DER"));
            ASN1EncodableVector parts = new ASN1EncodableVector();
            parts.add(certificate);
            parts.add(signatureAlgorithm);
            parts.add(new DERBitString(signer.sign()));
            return Certificates.decode(new DERSequence(parts).getEncoded("DER"),
                    "self-signed certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new CryptoException("cannot make the self-signed certificate of key " + keyId
                    + ": " + e.getMessage(), e);
        }
    }
}
