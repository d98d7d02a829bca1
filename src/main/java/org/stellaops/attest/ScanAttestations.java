// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stellaops.canonical.CanonicalWriter;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.SigningKeys;
import org.stellaops.report.JsonReport;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanTarget;

/**
 * The signed evidence of one scan: three in-toto statements about the scanned artifact, each in
 * its own DSSE envelope, as file name to envelope bytes.
 *
 * <ul>
 *   <li>{@value #SBOM}: the SBOM as CycloneDX 1.6 ({@link SbomPredicate});</li>
 *   <li>{@value #VULNS}: findings, counts and verdict ({@link ScanReportPredicate});</li>
 *   <li>{@value #GRAPH}: the dependency graph with a Merkle root over its edges
 *       ({@link DependencyGraph}).</li>
 * </ul>
 *
 * <p>When a signer ships a certificate chain (eidas), the map also holds
 * {@code <name>.chain.pem} beside each envelope ({@link CertificateChains}).
 *
 * <p>Deterministic: the statements hold no time but the scan's reference time and are signed
 * in canonical form, so the same result signed with the same Ed25519 key gives byte-identical
 * envelopes, and so does ECDSA with RFC 6979 nonces as the default profile signs (randomised
 * signatures, ML-DSA's or RSA-PSS's say, still sign identical payloads).
 *
 * <p>The steps can be timed apart: {@link #reportDigestOf} renders the JSON report (the costly
 * part, which a scan that writes {@code report.json} has done already), {@link #payloads}
 * makes the three statements' canonical bytes, and {@link #signPayloads} only signs.
 * {@link #statements} gives the statements as trees, the reference form of the same bytes.
 *
 * <p>Known shortcoming: the SBOM statement is still a Jackson tree of the CycloneDX library's
 * document, canonicalised afterwards, and is now the largest part of the cost for a real SBOM
 * (benchmarks/README.md, "Signed evidence").
 */
public final class ScanAttestations {

    public static final String SBOM = "sbom.dsse.json";
    public static final String VULNS = "vulns.dsse.json";
    public static final String GRAPH = "graph.dsse.json";

    /** The predicate types, by the file that carries them. */
    public static final String SBOM_PREDICATE_TYPE = SbomPredicate.TYPE;
    public static final String VULNS_PREDICATE_TYPE = ScanReportPredicate.TYPE;
    public static final String GRAPH_PREDICATE_TYPE = DependencyGraph.PREDICATE_TYPE;

    private ScanAttestations() {
    }

    /** Renders the JSON report for its digest, then builds and signs all three. */
    public static SortedMap<String, byte[]> sign(ScanResult result, SigningKeys keys) {
        return sign(result, reportDigestOf(result), keys);
    }

    /**
     * @param reportDigest {@code sha256:} of the JSON report of the same result, as
     *     {@link #reportDigestOf} or the digest of the {@code report.json} already written
     */
    public static SortedMap<String, byte[]> sign(ScanResult result, String reportDigest,
            SigningKeys keys) {
        return signPayloads(payloads(result, reportDigest), keys);
    }

    /**
     * Envelope file name to the canonical bytes of its statement: {@link #payloadsOf} of
     * {@link #statements}, byte for byte, with the vulns statement written straight to
     * canonical bytes ({@link ScanReportPredicate#write}) rather than through its tree.
     */
    public static SortedMap<String, byte[]> payloads(ScanResult result, String reportDigest) {
        List<Subject> subjects = List.of(subjectOf(result.target()));
        SortedMap<String, byte[]> payloads = new TreeMap<>();
        payloads.put(SBOM, new Statement(subjects, SBOM_PREDICATE_TYPE,
                SbomPredicate.of(result)).toBytes());
        CanonicalWriter vulns = new CanonicalWriter(ScanReportPredicate.expectedChars(result));
        Statement.write(vulns, subjects, VULNS_PREDICATE_TYPE,
                out -> ScanReportPredicate.write(result, reportDigest, out));
        payloads.put(VULNS, vulns.toBytes());
        payloads.put(GRAPH, new Statement(subjects, GRAPH_PREDICATE_TYPE,
                DependencyGraph.of(result.sbom()).toPredicate()).toBytes());
        return payloads;
    }

    /** Envelope file name to statement, unsigned. */
    public static SortedMap<String, Statement> statements(ScanResult result,
            String reportDigest) {
        List<Subject> subjects = List.of(subjectOf(result.target()));
        SortedMap<String, Statement> statements = new TreeMap<>();
        statements.put(SBOM, new Statement(subjects, SBOM_PREDICATE_TYPE,
                SbomPredicate.of(result)));
        statements.put(VULNS, new Statement(subjects, VULNS_PREDICATE_TYPE,
                ScanReportPredicate.of(result, reportDigest)));
        statements.put(GRAPH, new Statement(subjects, GRAPH_PREDICATE_TYPE,
                DependencyGraph.of(result.sbom()).toPredicate()));
        return statements;
    }

    /** Each statement in its envelope, plus the chain files when a signer has a chain. */
    public static SortedMap<String, byte[]> sign(SortedMap<String, Statement> statements,
            SigningKeys keys) {
        return signPayloads(payloadsOf(statements), keys);
    }

    /** Envelope file name to the canonical bytes of its statement. */
    public static SortedMap<String, byte[]> payloadsOf(SortedMap<String, Statement> statements) {
        SortedMap<String, byte[]> payloads = new TreeMap<>();
        statements.forEach((name, statement) -> payloads.put(name, statement.toBytes()));
        return payloads;
    }

    /**
     * Signs statements already in canonical bytes ({@link #payloadsOf}): a caller that also
     * records their digests serialises each statement once.
     */
    public static SortedMap<String, byte[]> signPayloads(SortedMap<String, byte[]> payloads,
            SigningKeys keys) {
        byte[] chain = chainOf(keys);
        SortedMap<String, byte[]> files = new TreeMap<>();
        payloads.forEach((name, payload) -> {
            files.put(name, EnvelopeSigner.sign(Statement.PAYLOAD_TYPE, payload, keys)
                    .toJson());
            if (chain != null) {
                files.put(CertificateChains.fileNameFor(name), chain);
            }
        });
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * The statements' subject: the scanned artifact by its ref and digest (the SBOM file's
     * digest for an SBOM scan, the image manifest digest for an image, the inventory digest for
     * a root file system or folder).
     */
    public static Subject subjectOf(ScanTarget target) {
        return Subject.ofSha256(target.ref(), target.digest());
    }

    /** {@code sha256:} of the JSON report as {@link JsonReport#render} writes it. */
    public static String reportDigestOf(ScanResult result) {
        byte[] report = JsonReport.render(result).getBytes(StandardCharsets.UTF_8);
        return "sha256:" + HexFormat.of().formatHex(MerkleTree.sha256().digest(report));
    }

    /** The one chain the keys ship, PEM; null when none does. */
    private static byte[] chainOf(SigningKeys keys) {
        List<X509Certificate> chain = null;
        for (Signer signer : keys.signers()) {
            if (signer.certificateChain().isEmpty()) {
                continue;
            }
            if (chain != null) {
                // one chain file per envelope has room for one signer's chain
                throw new AttestationException("more than one signer of profile "
                        + keys.profile() + " has a certificate chain");
            }
            chain = signer.certificateChain();
        }
        return chain == null ? null : CertificateChains.write(chain);
    }
}
