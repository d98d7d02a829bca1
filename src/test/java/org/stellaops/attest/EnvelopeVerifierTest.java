// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stellaops.crypto.SignatureValue;

/** Signing a statement and every way a tampered or mismatched envelope fails verification. */
class EnvelopeVerifierTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    private TestSigners.JdkSigner ecdsa;
    private Envelope signed;

    @BeforeEach
    void signStatement() throws Exception {
        ecdsa = TestSigners.ecdsaP256();
        signed = EnvelopeSigner.sign(statement(), TestSigners.keys(ecdsa));
    }

    @Test
    void ecdsaSignedStatementVerifiesAndIsReturned() {
        EnvelopeVerification result = verifier().verify(Envelope.read(signed.toJson()),
                List.of(), DIGEST);

        assertThat(result.verified()).isTrue();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.signatures().keyIds()).containsExactly(ecdsa.keyId());
        assertThat(result.statement().predicateType()).isEqualTo("https://example.org/p/v1");
        assertThat(result.statement().subjects().get(0).name()).isEqualTo("app.cdx.json");
    }

    @Test
    void changedPayloadIsNotVerified() {
        byte[] payload = signed.payload().clone();
        payload[payload.length - 2] ^= 1;

        EnvelopeVerification result = verifier().verify(
                new Envelope(signed.payloadType(), payload, signed.signatures()), List.of());

        assertNotVerified(result, "signatures do not hold");
    }

    @Test
    void changedPayloadTypeIsNotVerifiedBecausePaeCoversIt() {
        EnvelopeVerification result = verifier().verify(new Envelope("application/json",
                signed.payload(), signed.signatures()), List.of());

        assertNotVerified(result, "signatures do not hold");
    }

    @Test
    void truncatedSignatureIsNotVerified() {
        SignatureValue whole = signed.signatures().get(0);
        SignatureValue cut = new SignatureValue(whole.keyId(),
                Arrays.copyOf(whole.value(), whole.value().length - 4));

        EnvelopeVerification result = verifier().verify(Envelope.read(new Envelope(
                signed.payloadType(), signed.payload(), List.of(cut)).toJson()), List.of());

        assertNotVerified(result, "signatures do not hold");
        assertThat(result.reasons()).anyMatch(r -> r.contains("does not hold"));
    }

    @Test
    void signatureByAnotherKeyIsNotVerified() throws Exception {
        TestSigners.JdkSigner other = TestSigners.ecdsaP256();
        Envelope byOther = EnvelopeSigner.sign(statement(), TestSigners.keys(other));

        EnvelopeVerification result = verifier().verify(byOther, List.of());

        assertNotVerified(result, "signatures do not hold");
        assertThat(result.reasons()).contains("no signature by a trusted key");
    }

    @Test
    void subjectDigestMismatchIsAClearReason() {
        String artifact = "sha256:" + "cd".repeat(32);

        EnvelopeVerification result = verifier().verify(signed, List.of(), artifact);

        assertThat(result.verified()).isFalse();
        assertThat(result.signatures().verified()).isTrue();
        assertThat(result.reasons()).singleElement().asString()
                .contains("no subject has the artifact's digest " + artifact)
                .contains("app.cdx.json " + DIGEST);
    }

    @Test
    void payloadThatIsNotAStatementIsNotVerifiedEvenWhenSigned() {
        Envelope notStatement = EnvelopeSigner.sign(Statement.PAYLOAD_TYPE,
                "{\"_type\":\"https://in-toto.io/Statement/v0.1\"}".getBytes(
                        StandardCharsets.UTF_8), TestSigners.keys(ecdsa));

        EnvelopeVerification result = verifier().verify(notStatement, List.of());

        assertNotVerified(result, "not an in-toto statement: statement _type is not");
    }

    @Test
    void everySignerOfAHybridKeySignsInOrder() throws Exception {
        TestSigners.JdkSigner ed25519 = TestSigners.ed25519();

        Envelope both = EnvelopeSigner.sign(statement(), TestSigners.keys(ed25519, ecdsa));
        EnvelopeVerification result = new EnvelopeVerifier(new TestVerifier().trust(ed25519)
                .trust(ecdsa)).verify(Envelope.read(both.toJson()), List.of());

        assertThat(both.signatures()).extracting(SignatureValue::keyId)
                .containsExactly(ed25519.keyId(), ecdsa.keyId());
        assertThat(result.verified()).isTrue();
        assertThat(result.signatures().keyIds()).containsExactly(ed25519.keyId(),
                ecdsa.keyId());
    }

    private EnvelopeVerifier verifier() {
        return new EnvelopeVerifier(new TestVerifier().trust(ecdsa));
    }

    private static void assertNotVerified(EnvelopeVerification result, String reason) {
        assertThat(result.verified()).isFalse();
        assertThat(result.statement()).isNull();
        assertThat(result.reasons().get(0)).contains(reason);
    }

    private static Statement statement() {
        return new Statement(List.of(Subject.ofSha256("app.cdx.json", DIGEST)),
                "https://example.org/p/v1",
                JsonNodeFactory.instance.objectNode().put("answer", 42));
    }
}
