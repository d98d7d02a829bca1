// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificate chain file shipped beside an envelope, since DSSE has no field for one:
 * {@code sbom.dsse.json} gets {@code sbom.dsse.chain.pem}. The file is PEM
 * {@code CERTIFICATE} blocks, leaf first, each issued by the next; {@link #write} makes exactly
 * that (64-column base64, {@code \n} line ends) and {@link #read} accepts nothing else but
 * text between blocks (openssl's subject and issuer lines). A private key or any other block
 * type is refused, so a key cannot be shipped by mistake.
 */
public final class CertificateChains {

    /** A chain file larger than this is refused unread: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final Pattern ANY_BEGIN = Pattern.compile("-----BEGIN ");

    private CertificateChains() {
    }

    /** {@code sbom.dsse.json} to {@code sbom.dsse.chain.pem}. */
    public static String fileNameFor(String envelopeName) {
        String base = envelopeName.endsWith(".json")
                ? envelopeName.substring(0, envelopeName.length() - 5) : envelopeName;
        return base + ".chain.pem";
    }

    /** The chain as PEM, leaf first as given. */
    public static byte[] write(List<X509Certificate> chain) {
        Base64.Encoder encoder = Base64.getMimeEncoder(64, new byte[] {'\n'});
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : chain) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(encoder.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new AttestationException("cannot encode certificate "
                        + certificate.getSubjectX500Principal(), e);
            }
        }
        return pem.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads a chain file of at most {@link #MAX_BYTES}. */
    public static List<X509Certificate> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new AttestationException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            return read(bytes);
        }
    }

    /**
     * @throws AttestationException when there is no certificate, a block is not a certificate
     *     or does not decode, or the certificates are not leaf first (each issued by the next)
     */
    public static List<X509Certificate> read(byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        List<X509Certificate> chain = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            if (!"CERTIFICATE".equals(block.group(1))) {
                throw new AttestationException("chain holds a " + block.group(1)
                        + " block; only CERTIFICATE blocks belong in it");
            }
            chain.add(certificateOf(block.group(2), chain.size()));
        }
        if (blocks != countBegins(text)) {
            throw new AttestationException("chain has a PEM block that does not parse (no "
                    + "matching END line, or characters that are not base64)");
        }
        if (chain.isEmpty()) {
            throw new AttestationException("chain holds no certificate");
        }
        checkOrder(chain);
        return List.copyOf(chain);
    }

    private static X509Certificate certificateOf(String base64, int index) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new AttestationException("chain certificate " + index + " does not decode: "
                    + e.getMessage(), e);
        }
    }

    private static int countBegins(String text) {
        int count = 0;
        Matcher begin = ANY_BEGIN.matcher(text);
        while (begin.find()) {
            count++;
        }
        return count;
    }

    private static void checkOrder(List<X509Certificate> chain) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate child = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                throw new AttestationException("chain is not leaf first: certificate " + i + " ("
                        + child.getSubjectX500Principal() + ") is not issued by certificate "
                        + (i + 1) + " (" + issuer.getSubjectX500Principal() + ")");
            }
        }
    }
}
