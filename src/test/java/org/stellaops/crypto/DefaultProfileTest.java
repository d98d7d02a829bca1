// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/** The default profile: ECDSA P-256 and Ed25519, deterministic, and openssl agrees. */
class DefaultProfileTest {

    private static final byte[] MESSAGE = "in-toto statement of scan 42".getBytes(
            StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("default");

    @TempDir
    Path dir;

    @Test
    void generatedKeyIsP256AndFoundAgainInItsFolder() throws Exception {
        SigningKeys generated = profile.generateKeys(dir);
        Signer signer = generated.signers().get(0);
        String id = signer.keyId();

        assertThat(signer.algorithm()).isEqualTo("ecdsa-p256-sha256");
        assertThat(dir.resolve(id + ".key.pem")).exists();
        assertThat(Files.getPosixFilePermissions(dir.resolve(id + ".key.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(dir.resolve("profile-default.keys"))).contains(id);
        SigningKeys found = profile.findKeys(dir).orElseThrow();
        assertThat(found.signers()).extracting(Signer::keyId).containsExactly(id);
        assertThat(found.profile()).isEqualTo("default");
    }

    @Test
    void foldersWithoutTheProfilesMarkerHaveNoKeys() {
        CryptoProfiles.named("sm").generateKeys(dir);

        assertThat(profile.findKeys(dir)).isEmpty();
    }

    @Test
    void generatingTwiceIsRefusedRatherThanReplacingKeys() {
        profile.generateKeys(dir);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> profile.generateKeys(dir))
                .isInstanceOf(CryptoException.class).hasMessageContaining("already exist");
    }

    @Test
    void keyIdIsTheSha256OfTheSubjectPublicKeyInfoAsOpensslEncodesIt() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        String pub = signer.keyId() + ".pub.pem";

        OpenSsl.require(dir, "pkey", "-pubin", "-in", pub, "-outform", "DER", "-out", "spki.der");
        String digest = OpenSsl.require(dir, "dgst", "-sha256", "-r", "spki.der");

        assertThat(digest).startsWith(signer.keyId() + " ");
    }

    @Test
    void ecdsaSignaturesAreDeterministicAndVerifyWithOpenssl() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        byte[] signature = signer.sign(MESSAGE);

        assertThat(signer.sign(MESSAGE)).isEqualTo(signature);
        assertThat(signer.sign("another".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(signature);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.der", signature);
        OpenSsl.Result result = OpenSsl.run(dir, "dgst", "-sha256", "-verify",
                signer.keyId() + ".pub.pem", "-signature", "sig.der", "msg.bin");
        assertThat(result.output()).contains("Verified OK");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void ed25519KeyFromOpensslSignsDeterministicallyAndOpensslVerifies() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        OpenSsl.require(dir, "pkey", "-in", "ed.key", "-pubout", "-out", "ed.pub");
        Signer signer = profile.loadKeys(dir.resolve("ed.key"), null).signers().get(0);
        byte[] signature = signer.sign(MESSAGE);

        assertThat(signer.algorithm()).isEqualTo("ed25519");
        assertThat(signature).hasSize(64).isEqualTo(signer.sign(MESSAGE));
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.bin", signature);
        OpenSsl.Result result = OpenSsl.run(dir, "pkeyutl", "-verify", "-pubin", "-inkey",
                "ed.pub", "-rawin", "-in", "msg.bin", "-sigfile", "sig.bin");
        assertThat(result.output()).contains("Signature Verified Successfully");
        assertThat(signer.keyId()).isEqualTo(CryptoProfiles.keyId(
                CryptoProfiles.readPublicKeys(dir.resolve("ed.pub")).get(0)));
    }

    @Test
    void opensslMadeSignaturesVerifyWithOurVerifier() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", "ec.key");
        OpenSsl.require(dir, "pkey", "-in", "ec.key", "-pubout", "-out", "ec.pub");
        OpenSsl.require(dir, "genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        OpenSsl.require(dir, "pkey", "-in", "ed.key", "-pubout", "-out", "ed.pub");
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.require(dir, "dgst", "-sha256", "-sign", "ec.key", "-out", "ec.sig", "msg.bin");
        OpenSsl.require(dir, "pkeyutl", "-sign", "-inkey", "ed.key", "-rawin", "-in", "msg.bin",
                "-out", "ed.sig");
        List<java.security.PublicKey> keys = List.of(
                CryptoProfiles.readPublicKeys(dir.resolve("ec.pub")).get(0),
                CryptoProfiles.readPublicKeys(dir.resolve("ed.pub")).get(0));

        Verification verification = profile.verifier(keys, List.of()).verify(MESSAGE, List.of(
                new SignatureValue(CryptoProfiles.keyId(keys.get(0)), OpenSsl.read(dir, "ec.sig")),
                new SignatureValue(CryptoProfiles.keyId(keys.get(1)), OpenSsl.read(dir, "ed.sig"))),
                List.of());

        assertThat(verification.reasons()).isEmpty();
        assertThat(verification.verified()).isTrue();
        assertThat(verification.keyIds()).hasSize(2);
    }
}
