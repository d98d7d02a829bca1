// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificate side of the eidas profile: every signing key comes with its chain (leaf
 * first, the leaf certifying that very key), and a shipped chain is validated with the JDK's
 * PKIX validator against the configured anchors at the current time.
 *
 * <p>Revocation checking is off: no CRL or OCSP is fetched, so a revoked certificate still
 * validates. Doing it would need network access or CRLs shipped with the configuration.
 */
final class EidasChains {

    private EidasChains() {
    }

    /**
     * {@code entry} with its chain: the certificates that followed the key, else the
     * {@code .crt.pem} beside a {@code .key.pem}; refused when there is none or the leaf
     * certifies another key.
     */
    static KeyEntry attach(KeyEntry entry, Path file) {
        KeyEntry withChain = entry;
        if (entry.chain().isEmpty()) {
            Path sibling = siblingCertificate(file);
            if (sibling == null || !Files.isRegularFile(sibling)) {
                throw new CryptoException(file + ": crypto profile eidas needs the signer's"
                        + " certificate chain: PEM certificates after the key, a PKCS#12 file,"
                        + " or <keyid>.crt.pem beside <keyid>.key.pem");
            }
            withChain = entry.withChain(Certificates.readPem(sibling));
        }
        String keyId = CryptoProfiles.keyId(entry.publicKey());
        String leafId = CryptoProfiles.keyId(withChain.chain().get(0).getPublicKey());
        if (!keyId.equals(leafId)) {
            throw new CryptoException(file + ": the first certificate certifies key " + leafId
                    + ", not this key " + keyId);
        }
        return withChain;
    }

    private static Path siblingCertificate(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".key.pem")) {
            return null;
        }
        return file.resolveSibling(name.substring(0, name.length() - ".key.pem".length())
                + ".crt.pem");
    }

    /** Null when {@code chain} leads to one of {@code anchors}, else why it does not. */
    static String validate(List<X509Certificate> chain, List<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            return "the certificate chain cannot be checked: no trust anchors are configured";
        }
        List<X509Certificate> path = new ArrayList<>(chain);
        // A chain may end with the anchor itself, or be a self-signed leaf that is an anchor.
        while (!path.isEmpty() && anchors.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        if (path.isEmpty()) {
            return null;
        }
        Set<TrustAnchor> trustAnchors = new LinkedHashSet<>();
        for (X509Certificate anchor : anchors) {
            trustAnchors.add(new TrustAnchor(anchor, null));
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(trustAnchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return "the certificate chain of " + chain.get(0).getSubjectX500Principal().getName()
                    + " does not validate against the trust anchors: " + e.getMessage();
        }
    }
}
