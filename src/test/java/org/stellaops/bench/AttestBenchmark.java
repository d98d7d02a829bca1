// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stellaops.attest.Pae;
import org.stellaops.attest.ScanAttestations;
import org.stellaops.attest.Statement;
import org.stellaops.crypto.SignatureValue;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.Verification;

/**
 * Signing and verification throughput per algorithm of every crypto profile, over the bytes
 * an envelope signature covers: the PAE of the {@code vulns} statement of a real scan
 * ({@link AttestScans}: a few KB for {@code juice-shop}, about 1 MB for
 * {@code synthetic-1000}). {@code sign} is what each envelope costs its signer(s), both halves
 * for the pq hybrid; {@code verify} is the profile verifier's check of those signatures, the
 * eidas chain check included. Keys are made once per trial in a temporary folder
 * ({@link AttestKeys}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AttestBenchmark {

    @Param({"default/ecdsa-p256-sha256", "default/ed25519", "fips/ecdsa-p384-sha384",
            "fips/rsa-pss-sha256", "gost/gost2012-256-streebog256",
            "gost/gost2012-512-streebog512", "sm/sm2-sm3", "eidas/ecdsa-p256-sha256",
            "eidas/ecdsa-brainpoolp256r1-sha256", "eidas/rsa-pss-sha256", "pq/ml-dsa-65",
            "pq/ml-dsa-65+ecdsa-p256-sha256"})
    public String algorithm;

    @Param("juice-shop")
    public String message;

    private Path dir;
    private AttestKeys keys;
    private byte[] pae;
    private List<SignatureValue> signatures;

    @Setup
    public void prepare() throws Exception {
        AttestScans.Scanned scanned = AttestScans.scan(message);
        Statement vulns = ScanAttestations.statements(scanned.result(),
                ScanAttestations.reportDigestOf(scanned.result())).get(ScanAttestations.VULNS);
        pae = Pae.encode(Statement.PAYLOAD_TYPE, vulns.toBytes());
        dir = Files.createTempDirectory("attest-bench-keys");
        keys = AttestKeys.make(algorithm, dir);
        signatures = sign();
        Verification checked = verify();
        if (!checked.verified()) {
            throw new IllegalStateException(algorithm + " does not verify: " + checked.reasons());
        }
        System.err.printf("attest message: %s pae_bytes=%d algorithm=%s signature_bytes=%s%n",
                message, pae.length, algorithm,
                signatures.stream().map(s -> String.valueOf(s.value().length)).toList());
    }

    /** Every signer of the key signs the PAE, as an envelope of one statement needs. */
    @Benchmark
    public List<SignatureValue> sign() {
        List<SignatureValue> made = new ArrayList<>(2);
        for (Signer signer : keys.keys().signers()) {
            made.add(new SignatureValue(signer.keyId(), signer.sign(pae)));
        }
        return made;
    }

    @Benchmark
    public Verification verify() {
        return keys.verifier().verify(pae, signatures, keys.chain());
    }

    @TearDown
    public void removeKeys() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f ->
                    f.toFile().delete());
        }
    }
}
