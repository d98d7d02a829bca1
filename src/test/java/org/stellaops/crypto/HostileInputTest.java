// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/**
 * Bad keys, files and signatures: each ends as a CryptoException whose message names the file
 * and the reason (never a bare stack trace), or as a verification that is not verified and says
 * why.
 */
class HostileInputTest {

    private static final byte[] MESSAGE = "scan 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile defaults = CryptoProfiles.named("default");

    @TempDir
    Path dir;

    @Test
    void wrongKeyTamperedMessageAndTruncatedSignatureAreNotVerified() {
        Signer signer = defaults.generateKeys(dir.resolve("a")).signers().get(0);
        Signer other = defaults.generateKeys(dir.resolve("b")).signers().get(0);
        SignatureVerifier verifier = defaults.verifier(
                CryptoProfiles.readPublicKeys(dir.resolve("a")), List.of());
        byte[] signature = signer.sign(MESSAGE);

        Verification wrongKey = verifier.verify(MESSAGE,
                List.of(new SignatureValue(other.keyId(), other.sign(MESSAGE))), List.of());
        Verification tampered = verifier.verify("scan 43".getBytes(StandardCharsets.UTF_8),
                List.of(new SignatureValue(signer.keyId(), signature)), List.of());
        Verification truncated = verifier.verify(MESSAGE, List.of(new SignatureValue(
                signer.keyId(), Arrays.copyOf(signature, signature.length - 3))), List.of());
        Verification none = verifier.verify(MESSAGE, List.of(), List.of());

        assertThat(wrongKey.verified()).isFalse();
        assertThat(wrongKey.reasons()).singleElement().asString().contains("no signature is by"
                + " a trusted key");
        assertThat(tampered.verified()).isFalse();
        assertThat(tampered.reasons()).singleElement().asString()
                .contains(signer.keyId()).contains("does not match the message");
        assertThat(truncated.verified()).isFalse();
        assertThat(truncated.reasons()).singleElement().asString().contains("malformed");
        assertThat(none.reasons()).containsExactly("the message carries no signature");
    }

    @Test
    void oneBadSignatureByATrustedKeySpoilsAGoodOne() {
        Signer signer = defaults.generateKeys(dir).signers().get(0);
        SignatureValue good = new SignatureValue(signer.keyId(), signer.sign(MESSAGE));
        SignatureValue bad = new SignatureValue(signer.keyId(), signer.sign(new byte[] {1}));

        Verification verification = defaults.verifier(CryptoProfiles.readPublicKeys(dir),
                List.of()).verify(MESSAGE, List.of(good, bad), List.of());

        assertThat(verification.verified()).isFalse();
    }

    @Test
    void keysOfAnotherProfileAreRefusedWithFileAlgorithmProfileAndList() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        OpenSsl.require(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                "-out", "rsa2048.key");
        OpenSsl.require(dir, "pkey", "-in", "ed.key", "-pubout", "-out", "ed.pub");

        assertThatThrownBy(() -> CryptoProfiles.named("gost").loadKeys(dir.resolve("ed.key"),
                null)).isInstanceOf(CryptoException.class).hasMessageContaining("ed.key")
                .hasMessageContaining("Ed25519").hasMessageContaining("crypto profile gost")
                .hasMessageContaining("gost2012-256-streebog256");
        assertThatThrownBy(() -> CryptoProfiles.named("fips").loadKeys(
                dir.resolve("rsa2048.key"), null)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("rsa2048.key").hasMessageContaining("RSA 2048 bits")
                .hasMessageContaining("crypto profile fips")
                .hasMessageContaining("rsa-pss-sha256 (RSA of at least 3072 bits)");
        assertThatThrownBy(() -> CryptoProfiles.named("sm").verifier(
                CryptoProfiles.readPublicKeys(dir.resolve("ed.pub")), List.of()))
                .isInstanceOf(CryptoException.class).hasMessageContaining("trusted key")
                .hasMessageContaining("Ed25519").hasMessageContaining("crypto profile sm");
    }

    @Test
    void encryptedKeyOpensWithItsPasswordOnly() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-aes-256-cbc", "-pass", "pass:correct horse", "-out", "enc.key");

        Signer signer = defaults.loadKeys(dir.resolve("enc.key"), "correct horse".toCharArray())
                .signers().get(0);

        assertThat(signer.algorithm()).isEqualTo("ecdsa-p256-sha256");
        assertThatThrownBy(() -> defaults.loadKeys(dir.resolve("enc.key"),
                "battery staple".toCharArray())).isInstanceOf(CryptoException.class)
                .hasMessageContaining("enc.key").hasMessageContaining("wrong password");
        assertThatThrownBy(() -> defaults.loadKeys(dir.resolve("enc.key"), null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("no password");
    }

    @Test
    void derPkcs8LoadsLikeItsPem() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", "k.pem");
        OpenSsl.require(dir, "pkcs8", "-topk8", "-nocrypt", "-in", "k.pem", "-outform", "DER",
                "-out", "k.der");

        assertThat(defaults.loadKeys(dir.resolve("k.der"), null).signers().get(0).keyId())
                .isEqualTo(defaults.loadKeys(dir.resolve("k.pem"), null).signers().get(0)
                        .keyId());
    }

    @Test
    void nonKeyFilesAreRefusedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "just some text\n");
        Files.write(dir.resolve("noise.bin"), new byte[] {0x30, (byte) 0x82, 0x7f, 0x01, 2, 3});
        Files.writeString(dir.resolve("broken.pem"),
                "-----BEGIN PRIVATE KEY-----\nMIIB%%%%\n-----END PRIVATE KEY-----\n");
        Files.writeString(dir.resolve("empty.pem"), "");
        OpenSsl.require(dir, "ecparam", "-name", "prime256v1", "-genkey", "-noout",
                "-out", "legacy.pem");
        OpenSsl.require(dir, "genpkey", "-algorithm", "ed448", "-out", "ed448.key");
        OpenSsl.require(dir, "ec", "-in", "legacy.pem", "-aes256", "-passout", "pass:x",
                "-out", "legacy-encrypted.pem");
        OpenSsl.require(dir, "req", "-x509", "-new", "-key", "ed448.key", "-subj", "/CN=c",
                "-out", "only.crt");

        assertRefused("notes.txt", "neither PEM nor a DER PKCS#8 or PKCS#12 key");
        assertRefused("noise.bin", "neither PEM nor a DER PKCS#8 or PKCS#12 key");
        assertRefused("broken.pem", "no complete PEM block");
        assertRefused("empty.pem", "empty file");
        assertRefused("legacy.pem", "legacy format");
        assertRefused("ed448.key", "(Ed448)");
        assertRefused("legacy-encrypted.pem", "legacy format");
        assertRefused("only.crt", "holds no private key");
        assertRefused("missing.pem", "no such file");
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() throws Exception {
        byte[] big = new byte[KeyFiles.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'A');
        Files.write(dir.resolve("huge.pem"), big);

        assertRefused("huge.pem", "larger than 1048576 bytes");
        assertThatThrownBy(() -> CryptoProfiles.readPublicKeys(dir.resolve("huge.pem")))
                .isInstanceOf(CryptoException.class).hasMessageContaining("larger than");
    }

    @Test
    void unknownProfileNamesTheKnownOnes() {
        assertThatThrownBy(() -> CryptoProfiles.named("nsa-suite-b"))
                .isInstanceOf(CryptoException.class).hasMessage("unknown crypto profile"
                        + " 'nsa-suite-b'; known profiles: default, fips, gost, sm, eidas, pq");
        assertThat(CryptoProfiles.named(" PQ ").name()).isEqualTo("pq");
    }

    private void assertRefused(String file, String reason) {
        assertThatThrownBy(() -> defaults.loadKeys(dir.resolve(file), null))
                .isInstanceOf(CryptoException.class)
                .hasMessageStartingWith(dir.resolve(file).toString())
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\tat ");
    }
}
