// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/**
 * The eidas profile: keys come with their certificate chain, shipped chains are checked with
 * PKIX against the configured anchors, and the leaf's key must be the one that signed. The CA
 * hierarchies are made with openssl, so the certificates are not of our own making.
 */
class EidasProfileTest {

    private static final byte[] MESSAGE = "qualified scan 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("eidas");

    @TempDir
    Path dir;

    @Test
    void generatedKeyGetsASelfSignedCertificateThatVerifiesOnlyAsAnAnchor() {
        Signer signer = profile.generateKeys(dir).signers().get(0);
        List<X509Certificate> chain = signer.certificateChain();
        SignatureValue signature = new SignatureValue(signer.keyId(), signer.sign(MESSAGE));

        Verification anchored = profile.verifier(List.of(), chain)
                .verify(MESSAGE, List.of(signature), chain);
        Verification unanchored = profile.verifier(List.of(), List.of())
                .verify(MESSAGE, List.of(signature), chain);

        assertThat(dir.resolve(signer.keyId() + ".crt.pem")).exists();
        assertThat(chain).hasSize(1);
        assertThat(CryptoProfiles.keyId(chain.get(0).getPublicKey())).isEqualTo(signer.keyId());
        assertThat(anchored.verified()).isTrue();
        assertThat(unanchored.verified()).isFalse();
        assertThat(unanchored.reasons()).singleElement().asString()
                .contains("no trust anchors");
        assertThat(profile.findKeys(dir).orElseThrow().signers().get(0).certificateChain())
                .isEqualTo(chain);
        OpenSsl.require(dir, "verify", "-CAfile", signer.keyId() + ".crt.pem",
                signer.keyId() + ".crt.pem");
    }

    @Test
    void chainFromAnOpensslCaValidatesAgainstTheRootAnchor() throws Exception {
        makeCa("root");
        makeLeaf("leaf", "root", "ec_paramgen_curve:P-256");
        Files.writeString(dir.resolve("signer.pem"), read("leaf.key") + read("leaf.crt")
                + read("root.crt"));
        Signer signer = profile.loadKeys(dir.resolve("signer.pem"), null).signers().get(0);
        List<X509Certificate> root = certificates("root.crt");
        List<X509Certificate> chain = signer.certificateChain();

        Verification verification = profile.verifier(List.of(), root).verify(MESSAGE,
                List.of(new SignatureValue(signer.keyId(), signer.sign(MESSAGE))), chain);

        assertThat(chain).hasSize(2);
        assertThat(verification.reasons()).isEmpty();
        assertThat(verification.verified()).isTrue();
    }

    @Test
    void chainToAnotherRootOrSignedByAnotherKeyIsNotVerified() throws Exception {
        makeCa("root");
        makeCa("other");
        makeLeaf("leaf", "root", "ec_paramgen_curve:P-256");
        Files.writeString(dir.resolve("signer.pem"), read("leaf.key") + read("leaf.crt"));
        Signer signer = profile.loadKeys(dir.resolve("signer.pem"), null).signers().get(0);
        Signer stranger = CryptoProfiles.named("default").generateKeys(dir.resolve("x"))
                .signers().get(0);
        List<X509Certificate> chain = signer.certificateChain();

        Verification wrongRoot = profile.verifier(List.of(), certificates("other.crt"))
                .verify(MESSAGE, List.of(new SignatureValue(signer.keyId(),
                        signer.sign(MESSAGE))), chain);
        Verification wrongSigner = profile.verifier(List.of(), certificates("root.crt"))
                .verify(MESSAGE, List.of(new SignatureValue(stranger.keyId(),
                        stranger.sign(MESSAGE))), chain);

        assertThat(wrongRoot.verified()).isFalse();
        assertThat(wrongRoot.reasons()).singleElement().asString()
                .contains("does not validate against the trust anchors");
        assertThat(wrongSigner.verified()).isFalse();
        assertThat(wrongSigner.reasons()).anyMatch(r -> r.contains("leaf key")
                && r.contains("did not sign"));
    }

    @Test
    void pkcs12WithKeyAndChainLoadsWithItsPassword() throws Exception {
        makeCa("root");
        makeLeaf("leaf", "root", "ec_paramgen_curve:P-256");
        OpenSsl.require(dir, "pkcs12", "-export", "-inkey", "leaf.key", "-in", "leaf.crt",
                "-certfile", "root.crt", "-passout", "pass:s3cret", "-out", "signer.p12");

        Signer signer = profile.loadKeys(dir.resolve("signer.p12"), "s3cret".toCharArray())
                .signers().get(0);

        assertThat(signer.certificateChain()).hasSize(2);
        assertThat(signer.certificateChain().get(1)).isEqualTo(certificates("root.crt").get(0));
        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("signer.p12"),
                "wrong".toCharArray())).isInstanceOf(CryptoException.class)
                .hasMessageContaining("signer.p12").hasMessageContaining("wrong password");
    }

    @Test
    void brainpoolLeafUnderAP256RootVerifiesWithOpensslAndOurs() throws Exception {
        makeCa("root");
        makeLeaf("leaf", "root", "ec_paramgen_curve:brainpoolP256r1");
        Files.writeString(dir.resolve("signer.pem"), read("leaf.key") + read("leaf.crt"));
        Signer signer = profile.loadKeys(dir.resolve("signer.pem"), null).signers().get(0);
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        OpenSsl.write(dir, "sig.der", signer.sign(MESSAGE));
        OpenSsl.require(dir, "x509", "-in", "leaf.crt", "-pubkey", "-noout", "-out", "leaf.pub");

        OpenSsl.Result result = OpenSsl.run(dir, "dgst", "-sha256", "-verify", "leaf.pub",
                "-signature", "sig.der", "msg.bin");

        Verification ours = profile.verifier(List.of(), certificates("root.crt")).verify(
                MESSAGE, List.of(new SignatureValue(signer.keyId(), signer.sign(MESSAGE))),
                signer.certificateChain());

        assertThat(signer.algorithm()).isEqualTo("ecdsa-brainpoolp256r1-sha256");
        assertThat(result.output()).contains("Verified OK");
        assertThat(ours.reasons()).isEmpty();
        assertThat(ours.verified()).isTrue();
    }

    @Test
    void keyWithoutCertificateOrWithAnotherKeysCertificateIsRefused() throws Exception {
        makeCa("root");
        makeLeaf("leaf", "root", "ec_paramgen_curve:P-256");
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", "lonely.key");
        Files.writeString(dir.resolve("mismatch.pem"), read("lonely.key") + read("leaf.crt"));

        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("lonely.key"), null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("lonely.key")
                .hasMessageContaining("certificate chain");
        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("mismatch.pem"), null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("mismatch.pem")
                .hasMessageContaining("certifies key");
    }

    private void makeCa(String name) {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", name + ".key");
        OpenSsl.require(dir, "req", "-x509", "-new", "-key", name + ".key", "-subj",
                "/CN=Test QTSP " + name, "-days", "30", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext",
                "keyUsage=critical,keyCertSign,cRLSign", "-out", name + ".crt");
    }

    private void makeLeaf(String name, String ca, String curve) throws Exception {
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", curve, "-out",
                name + ".key");
        OpenSsl.require(dir, "req", "-new", "-key", name + ".key", "-subj", "/CN=Signer " + name,
                "-out", name + ".csr");
        Files.writeString(dir.resolve("leaf.ext"),
                "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n");
        OpenSsl.require(dir, "x509", "-req", "-in", name + ".csr", "-CA", ca + ".crt", "-CAkey",
                ca + ".key", "-CAcreateserial", "-days", "30", "-extfile", "leaf.ext", "-out",
                name + ".crt");
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    private List<X509Certificate> certificates(String name) throws Exception {
        java.security.cert.CertificateFactory factory =
                java.security.cert.CertificateFactory.getInstance("X.509");
        try (var in = Files.newInputStream(dir.resolve(name))) {
            return List.of((X509Certificate) factory.generateCertificate(in));
        }
    }
}
