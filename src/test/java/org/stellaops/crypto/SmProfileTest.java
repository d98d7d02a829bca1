// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/**
 * The sm profile: SM2 signatures with SM3 and the distinguishing id 1234567812345678 (the
 * GM/T 0009 default, BouncyCastle's too); openssl verifies ours and we verify openssl's. Note
 * that openssl 3.0's pkeyutl and dgst use an empty id unless told {@code distid:...}; the
 * tests pin that, since it is what a verifier of our signatures must know.
 */
class SmProfileTest {

    private static final byte[] MESSAGE = "软件物料清单 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("sm");

    @TempDir
    Path dir;

    @Test
    void generatedSm2SignatureVerifiesWithOpensslGivenTheDefaultId() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.der", signer.sign(MESSAGE));

        OpenSsl.Result result = OpenSsl.run(dir, "pkeyutl", "-verify", "-pubin", "-inkey",
                signer.keyId() + ".pub.pem", "-rawin", "-digest", "sm3", "-pkeyopt",
                "distid:1234567812345678", "-in", "msg.bin", "-sigfile", "sig.der");

        assertThat(signer.algorithm()).isEqualTo("sm2-sm3");
        assertThat(result.output()).contains("Signature Verified Successfully");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void opensslWithoutDistidUsesAnEmptyIdAndSoRejectsOurSignature() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.der", signer.sign(MESSAGE));

        OpenSsl.Result result = OpenSsl.run(dir, "pkeyutl", "-verify", "-pubin", "-inkey",
                signer.keyId() + ".pub.pem", "-rawin", "-digest", "sm3", "-in", "msg.bin",
                "-sigfile", "sig.der");

        assertThat(result.output()).contains("Signature Verification Failure");
    }

    @Test
    void anotherDistinguishingIdDoesNotVerify() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.der", signer.sign(MESSAGE));

        OpenSsl.Result result = OpenSsl.run(dir, "pkeyutl", "-verify", "-pubin", "-inkey",
                signer.keyId() + ".pub.pem", "-rawin", "-digest", "sm3", "-pkeyopt",
                "distid:someone-else", "-in", "msg.bin", "-sigfile", "sig.der");

        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void opensslSm2SignatureVerifiesWithOurs() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "SM2", "-out", "sm2.key");
        OpenSsl.require(dir, "pkey", "-in", "sm2.key", "-pubout", "-out", "sm2.pub");
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.require(dir, "pkeyutl", "-sign", "-inkey", "sm2.key", "-rawin", "-digest", "sm3",
                "-pkeyopt", "distid:1234567812345678", "-in", "msg.bin", "-out", "sm2.sig");
        PublicKey pub = CryptoProfiles.readPublicKeys(dir.resolve("sm2.pub")).get(0);

        Verification verification = profile.verifier(List.of(pub), List.of()).verify(MESSAGE,
                List.of(new SignatureValue(CryptoProfiles.keyId(pub),
                        OpenSsl.read(dir, "sm2.sig"))), List.of());

        assertThat(verification.verified()).isTrue();
        assertThat(profile.loadKeys(dir.resolve("sm2.key"), null).signers().get(0).keyId())
                .isEqualTo(CryptoProfiles.keyId(pub));
    }

    @Test
    void p256KeyIsRefusedBySm() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", "p256.key");

        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("p256.key"), null))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("p256.key")
                .hasMessageContaining("ECDSA P-256")
                .hasMessageContaining("crypto profile sm")
                .hasMessageContaining("sm2-sm3");
    }
}
