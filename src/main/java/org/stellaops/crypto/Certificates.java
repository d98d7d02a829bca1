// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * X.509 certificates decoded by the build's provider, so that their public keys are keys of
 * that provider (brainpool, SM2 and GOST keys included) and hash to the same key id.
 */
final class Certificates {

    private Certificates() {
    }

    static List<X509Certificate> decode(List<Pem.Block> blocks, String source) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Pem.Block block : blocks) {
            certificates.add(decode(block.der(), source));
        }
        return certificates;
    }

    static X509Certificate decode(byte[] der, String source) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509",
                    CryptoProviders.get());
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CryptoException(source + ": not a valid X.509 certificate: "
                    + e.getMessage());
        }
    }

    /** Every certificate of a PEM file, in order. */
    static List<X509Certificate> readPem(Path file) {
        byte[] content = KeyFiles.readLimited(file);
        List<Pem.Block> certificates = new ArrayList<>();
        for (Pem.Block block : Pem.read(new String(content, StandardCharsets.US_ASCII),
                file.toString())) {
            if (block.label().equals("CERTIFICATE")) {
                certificates.add(block);
            }
        }
        if (certificates.isEmpty()) {
            throw new CryptoException(file + ": holds no certificate");
        }
        return decode(certificates, file.toString());
    }
}
