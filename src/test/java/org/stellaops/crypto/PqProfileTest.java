// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/**
 * The pq profile: ML-DSA-65 checked by the JDK 25 implementation (independent of
 * BouncyCastle), the hybrid's ECDSA half by openssl, and the hybrid rule that both halves must
 * have signed and hold.
 */
class PqProfileTest {

    private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    private static final byte[] MESSAGE = "post-quantum scan 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("pq");

    @TempDir
    Path dir;

    @Test
    void generatedKeysAreTheHybridMlDsaFirst() {
        SigningKeys keys = profile.generateKeys(dir);

        assertThat(keys.signers()).extracting(Signer::algorithm)
                .containsExactly("ml-dsa-65", "ecdsa-p256-sha256");
        assertThat(profile.findKeys(dir).orElseThrow().signers()).extracting(Signer::keyId)
                .containsExactlyElementsOf(keys.signers().stream().map(Signer::keyId).toList());
    }

    @Test
    void mlDsaSignatureVerifiesWithJdk25AndEcdsaHalfWithOpenssl() throws Exception {
        SigningKeys keys = profile.generateKeys(dir);
        Signer mldsa = keys.signers().get(0);
        Signer ecdsa = keys.signers().get(1);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "mldsa.sig", mldsa.sign(MESSAGE));
        OpenSsl.write(dir, "ec.sig", ecdsa.sign(MESSAGE));
        writeDer(dir.resolve(mldsa.keyId() + ".pub.pem"), dir.resolve("mldsa.spki"));

        OpenSsl.Result jdk = OpenSsl.exec(dir, List.of(JAVA_25.toString(), verifierSource(),
                "mldsa.spki", "msg.bin", "mldsa.sig"));
        OpenSsl.Result openssl = OpenSsl.run(dir, "dgst", "-sha256", "-verify",
                ecdsa.keyId() + ".pub.pem", "-signature", "ec.sig", "msg.bin");

        assertThat(jdk.output()).contains("ML-DSA verified by SUN");
        assertThat(jdk.exitCode()).isZero();
        assertThat(openssl.output()).contains("Verified OK");
    }

    @Test
    void jdk25RejectsAnMlDsaSignatureOverAnotherMessage() throws Exception {
        Signer mldsa = profile.generateKeys(dir).signers().get(0);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "mldsa.sig", mldsa.sign("another".getBytes(StandardCharsets.UTF_8)));
        writeDer(dir.resolve(mldsa.keyId() + ".pub.pem"), dir.resolve("mldsa.spki"));

        OpenSsl.Result jdk = OpenSsl.exec(dir, List.of(JAVA_25.toString(), verifierSource(),
                "mldsa.spki", "msg.bin", "mldsa.sig"));

        assertThat(jdk.output()).contains("ML-DSA not verified");
        assertThat(jdk.exitCode()).isEqualTo(1);
    }

    @Test
    void hybridVerifiesOnlyWhenBothHalvesSignedAndHold() {
        SigningKeys keys = profile.generateKeys(dir);
        SignatureVerifier verifier = profile.verifier(CryptoProfiles.readPublicKeys(dir),
                List.of());
        SignatureValue mldsa = signature(keys.signers().get(0), MESSAGE);
        SignatureValue ecdsa = signature(keys.signers().get(1), MESSAGE);
        byte[] broken = ecdsa.value().clone();
        broken[broken.length - 1] ^= 1;

        Verification both = verifier.verify(MESSAGE, List.of(mldsa, ecdsa), List.of());
        Verification mldsaOnly = verifier.verify(MESSAGE, List.of(mldsa), List.of());
        Verification ecdsaOnly = verifier.verify(MESSAGE, List.of(ecdsa), List.of());
        Verification ecdsaBroken = verifier.verify(MESSAGE, List.of(mldsa,
                new SignatureValue(ecdsa.keyId(), broken)), List.of());

        assertThat(both.verified()).isTrue();
        assertThat(both.keyIds()).containsExactly(mldsa.keyId(), ecdsa.keyId());
        assertThat(mldsaOnly.verified()).isFalse();
        assertThat(mldsaOnly.reasons()).anyMatch(r -> r.contains("ecdsa-p256-sha256")
                && r.contains("both halves"));
        assertThat(ecdsaOnly.verified()).isFalse();
        assertThat(ecdsaOnly.reasons()).anyMatch(r -> r.contains("ml-dsa-65"));
        assertThat(ecdsaBroken.verified()).isFalse();
    }

    @Test
    void mlDsaAloneVerifiesWhenOnlyAnMlDsaKeyIsTrusted() {
        SigningKeys keys = profile.generateKeys(dir);
        Signer mldsa = keys.signers().get(0);
        PublicKey mldsaKey = CryptoProfiles.readPublicKeys(
                dir.resolve(mldsa.keyId() + ".pub.pem")).get(0);

        Verification verification = profile.verifier(List.of(mldsaKey), List.of())
                .verify(MESSAGE, List.of(signature(mldsa, MESSAGE)), List.of());

        assertThat(verification.verified()).isTrue();
    }

    @Test
    void hybridPemWithBothKeysLoadsInOrderAndEcdsaAloneIsRefused() throws Exception {
        SigningKeys keys = profile.generateKeys(dir);
        List<String> pem = new ArrayList<>();
        for (Signer signer : keys.signers()) {
            pem.add(Files.readString(dir.resolve(signer.keyId() + ".key.pem")));
        }
        Files.writeString(dir.resolve("hybrid.pem"), String.join("", pem));
        Path ecdsaOnly = dir.resolve(keys.signers().get(1).keyId() + ".key.pem");

        assertThat(profile.loadKeys(dir.resolve("hybrid.pem"), null).signers())
                .extracting(Signer::algorithm).containsExactly("ml-dsa-65", "ecdsa-p256-sha256");
        assertThatThrownBy(() -> profile.loadKeys(ecdsaOnly, null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("ML-DSA-65");
        assertThatThrownBy(() -> profile.verifier(CryptoProfiles.readPublicKeys(
                dir.resolve(keys.signers().get(1).keyId() + ".pub.pem")), List.of()))
                .isInstanceOf(CryptoException.class).hasMessageContaining("hybrid");
    }

    // openssl 3.0 does not know ML-DSA, so the PEM is unwrapped here.
    private static void writeDer(Path pem, Path der) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "");
        Files.write(der, Base64.getMimeDecoder().decode(body));
    }

    private static SignatureValue signature(Signer signer, byte[] message) {
        return new SignatureValue(signer.keyId(), signer.sign(message));
    }

    private static String verifierSource() throws URISyntaxException {
        return Path.of(PqProfileTest.class.getResource("/crypto/VerifyMlDsa.java").toURI())
                .toString();
    }
}
