// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;
import org.stellaops.testing.DebianTools;

/**
 * The gost profile against openssl with Debian's GOST engine (libengine-gost-openssl, installed
 * here when missing): our GOST R 34.10-2012 signatures, 256 and 512 bits with Streebog, verify
 * there, and the engine's verify with ours. The engine writes and reads a signature as s then
 * r, each big-endian over the curve order's length, which is what BouncyCastle writes too.
 */
class GostProfileTest {

    private static final byte[] MESSAGE = "СБОМ: образ 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("gost");

    @TempDir
    Path dir;

    @BeforeAll
    static void installEngine() {
        DebianTools.requireFile(Path.of("/usr/lib/x86_64-linux-gnu/engines-3/gost.so"),
                "libengine-gost-openssl");
    }

    @Test
    void generatedKeyIsGost256AndVerifiesWithTheEngine() {
        Signer signer = profile.generateKeys(dir).signers().get(0);

        assertThat(signer.algorithm()).isEqualTo("gost2012-256-streebog256");
        assertVerifiedByEngine(signer.sign(MESSAGE), signer.keyId() + ".pub.pem",
                "-md_gost12_256", 64);
    }

    @Test
    void gost512KeyMadeByTheEngineSignsAndTheEngineVerifies() throws Exception {
        OpenSsl.require(dir, "genpkey", "-engine", "gost", "-algorithm", "gost2012_512",
                "-pkeyopt", "paramset:A", "-out", "k512.pem");
        OpenSsl.require(dir, "pkey", "-engine", "gost", "-in", "k512.pem", "-pubout", "-out",
                "k512.pub");
        Signer signer = profile.loadKeys(dir.resolve("k512.pem"), null).signers().get(0);

        assertThat(signer.algorithm()).isEqualTo("gost2012-512-streebog512");
        assertThat(signer.keyId()).isEqualTo(CryptoProfiles.keyId(
                CryptoProfiles.readPublicKeys(dir.resolve("k512.pub")).get(0)));
        assertVerifiedByEngine(signer.sign(MESSAGE), "k512.pub", "-md_gost12_512", 128);
    }

    @Test
    void engineSignaturesVerifyWithOurVerifierAt256And512Bits() {
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        for (String[] variant : List.of(new String[] {"gost2012_256", "-md_gost12_256"},
                new String[] {"gost2012_512", "-md_gost12_512"})) {
            String key = variant[0] + ".pem";
            OpenSsl.require(dir, "genpkey", "-engine", "gost", "-algorithm", variant[0],
                    "-pkeyopt", "paramset:A", "-out", key);
            OpenSsl.require(dir, "pkey", "-engine", "gost", "-in", key, "-pubout", "-out",
                    variant[0] + ".pub");
            OpenSsl.require(dir, "dgst", "-engine", "gost", variant[1], "-sign", key, "-out",
                    variant[0] + ".sig", "msg.bin");
            PublicKey pub = CryptoProfiles.readPublicKeys(dir.resolve(variant[0] + ".pub")).get(0);

            Verification verification = profile.verifier(List.of(pub), List.of()).verify(MESSAGE,
                    List.of(new SignatureValue(CryptoProfiles.keyId(pub),
                            OpenSsl.read(dir, variant[0] + ".sig"))), List.of());

            assertThat(verification.reasons()).as(variant[0]).isEmpty();
            assertThat(verification.verified()).as(variant[0]).isTrue();
        }
    }

    @Test
    void signatureIsSThenRAndHoldsUnderTheGostEquationWithTheDigestReadLittleEndian()
            throws Exception {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        byte[] signature = signer.sign(MESSAGE);
        ECPublicKey key = (ECPublicKey) CryptoProfiles.readPublicKeys(
                dir.resolve(signer.keyId() + ".pub.pem")).get(0);
        ECParameterSpec params = key.getParams();
        BigInteger q = params.getOrder();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] digest = MessageDigest.getInstance("GOST3411-2012-256", CryptoProviders.get())
                .digest(MESSAGE);
        BigInteger e = new BigInteger(1, reversed(digest)).mod(q);
        BigInteger v = (e.signum() == 0 ? BigInteger.ONE : e).modInverse(q);

        ECPoint c = EcPoints.add(EcPoints.multiply(params.getGenerator(), s.multiply(v), params),
                EcPoints.multiply(key.getW(), q.subtract(r).multiply(v), params), params);

        assertThat(c.getAffineX().mod(q)).isEqualTo(r);
    }

    @Test
    void tamperedMessageFailsAtTheEngineToo() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        OpenSsl.write(dir, "msg.bin", "something else".getBytes(StandardCharsets.UTF_8));
        OpenSsl.write(dir, "sig.bin", signer.sign(MESSAGE));

        OpenSsl.Result result = OpenSsl.run(dir, "dgst", "-engine", "gost", "-md_gost12_256",
                "-verify", signer.keyId() + ".pub.pem", "-signature", "sig.bin", "msg.bin");

        assertThat(result.output()).containsIgnoringCase("verification failure");
        assertThat(result.exitCode()).isNotZero();
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private void assertVerifiedByEngine(byte[] signature, String publicKey, String digest,
            int length) {
        assertThat(signature).hasSize(length);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.bin", signature);
        OpenSsl.Result result = OpenSsl.run(dir, "dgst", "-engine", "gost", digest, "-verify",
                publicKey, "-signature", "sig.bin", "msg.bin");
        assertThat(result.output()).contains("Verified OK");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.exists(dir.resolve(publicKey))).isTrue();
    }
}
