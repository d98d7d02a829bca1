// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stellaops.attest.Envelope;
import org.stellaops.attest.EnvelopeSigner;
import org.stellaops.attest.EnvelopeVerification;
import org.stellaops.attest.EnvelopeVerifier;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.attest.Statement;
import org.stellaops.replay.InputStore;
import org.stellaops.replay.ScanOutputs;
import org.stellaops.scan.ScanResult;

/**
 * What {@code stella scan --attest} adds to a scan that records its reports anyway (issue:
 * at most 10 ms for a 1,000-component scan with the default profile). The recorded scan has
 * rendered {@code report.json} already, so its digest is known:
 *
 * <ul>
 *   <li>{@code attest}: the three statements' canonical bytes with that digest, each signed
 *       into its envelope ({@code ScanAttestations.sign(result, digest, keys)}); the issue's
 *       figure;</li>
 *   <li>{@code attestViaTrees}: the same envelopes made the way they were before the vulns
 *       statement was written straight to canonical bytes: all three statements as Jackson
 *       trees, then canonicalised;</li>
 *   <li>{@code attestAsRecorded}: what {@code ScanRecording} does with {@code --attest}: each
 *       statement's bytes kept as an output and hashed for the manifest, then the
 *       envelopes;</li>
 *   <li>{@code reportDigest}: rendering and hashing the report, for a caller that has not
 *       rendered it ({@code ScanAttestations.sign(result, keys)}; the CLI and the server hash
 *       the report they render anyway);</li>
 *   <li>{@code payloads} and {@code signPrepared}: the parts of {@code attest} apart (the
 *       canonical bytes of the three statements; PAE and signatures);</li>
 *   <li>{@code statementsOnly}, {@code canonicalise}: the parts of {@code attestViaTrees}
 *       before signing (building the three trees; their RFC 8785 bytes);</li>
 *   <li>{@code verifyEnvelopes}: reading and verifying the three envelopes, as
 *       {@code stella verify} does.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AttestOverheadBenchmark {

    @Param({"juice-shop", "juice-shop-1115", "synthetic-1000"})
    public String input;

    @Param("default/ecdsa-p256-sha256")
    public String key;

    private ScanResult result;
    private byte[] report;
    private String reportDigest;
    private AttestKeys keys;
    private SortedMap<String, Statement> statements;
    private Map<String, byte[]> payloads;
    private SortedMap<String, byte[]> envelopes;
    private EnvelopeVerifier verifier;

    @Setup
    public void prepare() throws Exception {
        AttestScans.Scanned scanned = AttestScans.scan(input);
        result = scanned.result();
        report = scanned.report();
        reportDigest = ScanAttestations.reportDigestOf(result);
        keys = AttestKeys.make(key, Files.createTempDirectory("attest-overhead-keys"));
        statements = statementsOnly();
        payloads = payloads();
        if (!sameBytes(canonicalise(), payloads)) {
            throw new IllegalStateException("payloads differ from the canonicalised trees");
        }
        envelopes = attest();
        // RFC 6979: the envelopes repeat byte for byte, whichever way the payloads were made
        if (!sameBytes(attestViaTrees(), envelopes)) {
            throw new IllegalStateException("envelopes differ from those of the trees");
        }
        verifier = new EnvelopeVerifier(keys.verifier());
        for (EnvelopeVerification checked : verifyEnvelopes()) {
            if (!checked.verified()) {
                throw new IllegalStateException("envelope does not verify: " + checked.reasons());
            }
        }
        StringBuilder sizes = new StringBuilder();
        payloads.forEach((name, bytes) -> sizes.append(' ').append(name).append("_payload=")
                .append(bytes.length));
        envelopes.forEach((name, bytes) -> sizes.append(' ').append(name).append('=')
                .append(bytes.length));
        System.err.printf("attest inputs: %s components=%d findings=%d report_bytes=%d%s%n",
                input, result.sbom().components().size(), result.report().findings().size(),
                report.length, sizes);
    }

    @Benchmark
    public SortedMap<String, byte[]> attest() {
        return ScanAttestations.sign(result, reportDigest, keys.keys());
    }

    @Benchmark
    public SortedMap<String, byte[]> attestViaTrees() {
        return ScanAttestations.sign(ScanAttestations.statements(result, reportDigest),
                keys.keys());
    }

    /** ScanRecording.write's extra work with keys, step for step (that class is the CLI's). */
    @Benchmark
    public Map<String, String> attestAsRecorded() {
        SortedMap<String, byte[]> made = ScanAttestations.payloads(result, reportDigest);
        Map<String, String> digests = new TreeMap<>();
        made.forEach((envelope, payload) -> digests.put(ScanOutputs.statementName(envelope),
                InputStore.digestOf(payload)));
        ScanAttestations.signPayloads(made, keys.keys()).forEach((name, bytes) ->
                digests.put(name, String.valueOf(bytes.length)));
        return digests;
    }

    @Benchmark
    public String reportDigest() {
        return ScanAttestations.reportDigestOf(result);
    }

    @Benchmark
    public SortedMap<String, Statement> statementsOnly() {
        return ScanAttestations.statements(result, reportDigest);
    }

    @Benchmark
    public SortedMap<String, byte[]> payloads() {
        return ScanAttestations.payloads(result, reportDigest);
    }

    @Benchmark
    public Map<String, byte[]> canonicalise() {
        Map<String, byte[]> bytes = new TreeMap<>();
        statements.forEach((name, statement) -> bytes.put(name, statement.toBytes()));
        return bytes;
    }

    @Benchmark
    public List<Envelope> signPrepared() {
        List<Envelope> signed = new ArrayList<>(3);
        payloads.values().forEach(payload -> signed.add(EnvelopeSigner.sign(
                Statement.PAYLOAD_TYPE, payload, keys.keys())));
        return signed;
    }

    private static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet())
                && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    @Benchmark
    public List<EnvelopeVerification> verifyEnvelopes() {
        List<EnvelopeVerification> checked = new ArrayList<>(3);
        for (String name : List.of(ScanAttestations.SBOM, ScanAttestations.VULNS,
                ScanAttestations.GRAPH)) {
            checked.add(verifier.verify(Envelope.read(envelopes.get(name)), keys.chain(),
                    result.target().digest()));
        }
        return checked;
    }
}
