// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stellaops.crypto.SignatureVerifier;
import org.stellaops.crypto.Verification;

/**
 * Verifies in-toto envelopes through a crypto profile's {@link SignatureVerifier}, in the order
 * DSSE's protocol gives: the signatures over {@code PAE(payloadType, payload)} first, then the
 * payload type, then the payload parsed as a statement, and last the optional subject check.
 * Every failed step is a reason in the {@link EnvelopeVerification}; nothing here throws for a
 * bad envelope, only the profile verifier may, for errors that are not a verdict.
 */
public final class EnvelopeVerifier {

    private final SignatureVerifier verifier;

    public EnvelopeVerifier(SignatureVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Signatures, type and statement; no subject check. */
    public EnvelopeVerification verify(Envelope envelope, List<X509Certificate> chain) {
        return verify(envelope, chain, null);
    }

    /**
     * @param chain the signer's certificate chain shipped beside the envelope (eidas), else
     *     empty
     * @param artifactDigest {@code sha256:<hex>} of the artifact the statement must name as a
     *     subject, or null to skip that check
     */
    public EnvelopeVerification verify(Envelope envelope, List<X509Certificate> chain,
            String artifactDigest) {
        byte[] pae = Pae.encode(envelope.payloadType(), envelope.payload());
        Verification signatures = verifier.verify(pae, envelope.signatures(), chain);
        List<String> reasons = new ArrayList<>();
        if (!signatures.verified()) {
            reasons.add("signatures do not hold over the payload and its type");
            reasons.addAll(signatures.reasons());
            return new EnvelopeVerification(false, signatures, null, reasons);
        }
        if (!Statement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            reasons.add("payloadType is '" + envelope.payloadType() + "', not "
                    + Statement.PAYLOAD_TYPE);
            return new EnvelopeVerification(false, signatures, null, reasons);
        }
        Statement statement;
        try {
            statement = Statement.parse(envelope.payload());
        } catch (AttestationException e) {
            reasons.add("payload is not an in-toto statement: " + e.getMessage());
            return new EnvelopeVerification(false, signatures, null, reasons);
        }
        if (artifactDigest != null && !names(statement, artifactDigest)) {
            reasons.add("no subject has the artifact's digest " + artifactDigest + " (subjects: "
                    + describe(statement) + ")");
        }
        return new EnvelopeVerification(reasons.isEmpty(), signatures, statement, reasons);
    }

    private static boolean names(Statement statement, String artifactDigest) {
        return statement.subjects().stream().anyMatch(s -> s.sha256() != null
                && artifactDigest.equalsIgnoreCase("sha256:" + s.sha256()));
    }

    private static String describe(Statement statement) {
        List<String> parts = new ArrayList<>();
        statement.subjects().forEach(s -> parts.add(s.name() + " sha256:" + s.sha256()));
        return String.join(", ", parts);
    }
}
