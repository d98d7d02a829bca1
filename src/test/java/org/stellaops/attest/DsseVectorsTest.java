// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published DSSE test data read, encoded and verified by our code with JDK verifiers.
 *
 * <p>Sources: the ECDSA example of {@code protocol.md} and vectors of
 * {@code testvectors/vectors.json} (keys A and B are RFC 8032 section 7.1 TEST 1 and TEST 2),
 * both from github.com/secure-systems-lab/dsse; the vectors at commit 82043adf.
 */
class DsseVectorsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String SEED_A =
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String PUBLIC_A =
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String STATEMENT_TYPE_ONLY =
            "eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEifQ==";
    private static final String SIG_A = "2WAfaHm5jluo0w+0rk8uVkluELJYWjSmU9x7EUzx+AyteDGJ4"
            + "/nqyJXfmAUVFIAoQafWm7AxBZNw5M9ixNHiCA==";
    private static final String ECDSA_SIG = "A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDA"
            + "ajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==";

    @Test
    void protocolEcdsaExampleVerifiesWithTheJdk() throws Exception {
        String json = """
                {"payload": "aGVsbG8gd29ybGQ=",
                 "payloadType": "http://example.com/HelloWorld",
                 "signatures": [{"sig": "%s"}]}
                """.formatted(ECDSA_SIG);
        Envelope envelope = Envelope.read(json.getBytes(StandardCharsets.UTF_8));
        PublicKey key = p256(
                "46950820868899156662930047687818585632848591499744589407958293238635476079160",
                "5640078356564379163099075877009565129882514886557779369047442380624545832820");

        // the example's signature is raw r || s, as Cryptodome writes it
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update(Pae.encode(envelope.payloadType(), envelope.payload()));

        assertThat(envelope.signatures()).singleElement()
                .satisfies(s -> assertThat(s.keyId()).isNull());
        assertThat(verifier.verify(envelope.signatures().get(0).value())).isTrue();
        assertThat(new String(envelope.payload(), StandardCharsets.UTF_8))
                .isEqualTo("hello world");
    }

    @Test
    void ourSignerReproducesTheEd25519VectorByteForByte() throws Exception {
        byte[] payload = java.util.Base64.getDecoder().decode(STATEMENT_TYPE_ONLY);

        Envelope envelope = EnvelopeSigner.sign(Statement.PAYLOAD_TYPE, payload,
                TestSigners.keys(TestSigners.ed25519(SEED_A, PUBLIC_A)));

        assertThat(HEX.formatHex(Pae.encode(Statement.PAYLOAD_TYPE, payload))).isEqualTo(
                "445353457631203238206170706c69636174696f6e2f766e642e696e2d746f746f2b6a736f6e"
                + "203433207b225f74797065223a2268747470733a2f2f696e2d746f746f2e696f2f5374617465"
                + "6d656e742f7631227d");
        assertThat(java.util.Base64.getEncoder().encodeToString(
                envelope.signatures().get(0).value())).isEqualTo(SIG_A);
    }

    @Test
    void signaturesOfTheSingleSignatureVectorHoldButItsStatementHasNoSubject() throws Exception {
        Envelope envelope = Envelope.read(vector(STATEMENT_TYPE_ONLY,
                Statement.PAYLOAD_TYPE, SIG_A));

        EnvelopeVerification result = new EnvelopeVerifier(verifierOfA()).verify(envelope,
                List.of());

        assertThat(result.signatures().verified()).isTrue();
        assertThat(result.signatures().keyIds()).containsExactly("A");
        assertThat(result.verified()).isFalse();
        assertThat(result.reasons()).singleElement().asString()
                .contains("not an in-toto statement").contains("no subject");
    }

    @Test
    void urlSafeAlphabetIsAcceptedAsDsseRequires() throws Exception {
        Envelope envelope = Envelope.read(vector("-_-_Pj8=", Statement.PAYLOAD_TYPE,
                "P-_KHICeR7tI6S_YyejJTRtrXhcQyQ2LYPaL8h90KjC9qN8HU_svOQ6TuDOT1HIrs"
                + "GW886DbWNWcCmX5twLrAw=="));

        assertThat(HEX.formatHex(envelope.payload())).isEqualTo("fbffbf3e3f");
        assertThat(verifierOfA().verify(Pae.encode(envelope.payloadType(), envelope.payload()),
                envelope.signatures(), List.of()).verified()).isTrue();
    }

    @Test
    void swappedPayloadTypeBreaksTheSignature() throws Exception {
        Envelope envelope = Envelope.read(vector(STATEMENT_TYPE_ONLY,
                "application/vnd.example.other+json", SIG_A));

        EnvelopeVerification result = new EnvelopeVerifier(verifierOfA()).verify(envelope,
                List.of());

        assertThat(result.verified()).isFalse();
        assertThat(result.statement()).isNull();
        assertThat(result.reasons().get(0)).contains("signatures do not hold");
    }

    @Test
    void validSignatureOverAnEmptyPayloadTypeIsStillRejected() throws Exception {
        Envelope envelope = Envelope.read(vector(STATEMENT_TYPE_ONLY, "",
                "iC3q/+3Rm0+lpAJRueDmDh15PnwCfxKmS0NAfKsbv+zgulXQC/WM9trc+j1XEqlwDIg/"
                + "vf/uNfebeD6sxInrDg=="));

        EnvelopeVerification result = new EnvelopeVerifier(verifierOfA()).verify(envelope,
                List.of());

        assertThat(result.signatures().verified()).isTrue();
        assertThat(result.verified()).isFalse();
        assertThat(result.reasons()).singleElement().asString()
                .contains("payloadType is ''");
    }

    private static TestVerifier verifierOfA() throws Exception {
        return new TestVerifier().trust("A", TestSigners.ed25519PublicKey(PUBLIC_A), "Ed25519");
    }

    private static byte[] vector(String payload, String payloadType, String sig) {
        return ("{\"payload\":\"" + payload + "\",\"payloadType\":\"" + payloadType
                + "\",\"signatures\":[{\"sig\":\"" + sig + "\",\"keyid\":\"A\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static PublicKey p256(String x, String y) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                new ECPoint(new BigInteger(x), new BigInteger(y)), spec));
    }

}
