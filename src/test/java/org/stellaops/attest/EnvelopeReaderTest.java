// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.canonical.CanonicalJson;
import org.stellaops.crypto.SignatureValue;

/** The strict envelope reader on hostile input, and the writer's stable bytes. */
class EnvelopeReaderTest {

    private static final Envelope SAMPLE = new Envelope(Statement.PAYLOAD_TYPE,
            "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
            List.of(new SignatureValue("k1", new byte[] {1, 2, 3}),
                    new SignatureValue(null, new byte[] {(byte) 0xfb, (byte) 0xff})));

    @Test
    void writtenEnvelopeIsCanonicalJsonAndReadsBackEqual() throws Exception {
        byte[] json = SAMPLE.toJson();

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(
                "{\"payload\":\"eyJhIjoxfQ==\",\"payloadType\":\"application/vnd.in-toto+json\","
                + "\"signatures\":[{\"keyid\":\"k1\",\"sig\":\"AQID\"},{\"sig\":\"+/8=\"}]}");
        assertThat(CanonicalJson.toBytes(new ObjectMapper().readTree(json))).isEqualTo(json);
        assertThat(Envelope.read(json)).isEqualTo(SAMPLE);
    }

    @Test
    void unknownMembersAreIgnored() {
        Envelope read = Envelope.read(utf8("""
                {"payload":"eyJhIjoxfQ==","payloadType":"application/vnd.in-toto+json",
                 "extra":{"x":[1,2]},"signatures":[{"keyid":"k1","sig":"AQID","cert":"?"}]}"""));

        assertThat(read.signatures()).singleElement()
                .satisfies(s -> assertThat(s.value()).containsExactly(1, 2, 3));
    }

    @Test
    void oversizedEnvelopeIsRefusedBeforeParsing() {
        byte[] json = SAMPLE.toJson();

        assertThatThrownBy(() -> Envelope.read(json, json.length - 1))
                .isInstanceOf(AttestationException.class)
                .hasMessageContaining("larger than the limit of " + (json.length - 1));
        assertThatThrownBy(() -> Envelope.read(new ByteArrayInputStream(json), 16))
                .hasMessageContaining("larger than the limit of 16");
        assertThat(Envelope.read(json, json.length)).isEqualTo(SAMPLE);
    }

    @Test
    void malformedJsonNamesWhere() {
        assertThatThrownBy(() -> Envelope.read(utf8("{\"payload\": \"AQID\",\n  \"payloadType\"")))
                .isInstanceOf(AttestationException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 2");
    }

    @Test
    void trailingDataAndRepeatedMembersAreRefused() {
        String one = new String(SAMPLE.toJson(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Envelope.read(utf8(one + "{}")))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Envelope.read(utf8(one.replace("{\"payload\":",
                "{\"payload\":\"AAAA\",\"payload\":"))))
                .hasMessageContaining("not valid JSON").hasMessageContaining("payload");
    }

    @Test
    void missingOrMistypedFieldsAreNamed() {
        assertThatThrownBy(() -> Envelope.read(utf8("[]")))
                .hasMessage("envelope is not a JSON object");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payloadType\":\"t\",\"signatures\":[{\"sig\":\"AQID\"}]}")))
                .hasMessage("envelope has no 'payload'");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":7,\"signatures\":[{\"sig\":\"AQID\"}]}")))
                .hasMessage("envelope.payloadType is not a string");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":\"t\"}")))
                .hasMessage("envelope has no 'signatures' array");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":\"t\",\"signatures\":[]}")))
                .hasMessage("envelope has no signature");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":\"t\",\"signatures\":[{\"keyid\":\"k\"}]}")))
                .hasMessage("signatures[0] has no 'sig'");
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":\"t\",\"signatures\":[{\"keyid\":1,"
                + "\"sig\":\"AQID\"}]}")))
                .hasMessage("signatures[0].keyid is not a string");
    }

    @Test
    void looseBase64IsRefusedWithTheReason() {
        assertThat(badPayload("AQ ID")).contains("character ' ' at index 2");
        assertThat(badPayload("AQID\\n")).contains("U+000A");
        assertThat(badPayload("+_8=")).contains("mixes the standard and the URL-safe");
        assertThat(badPayload("AQI")).isNull();
        assertThat(badPayload("AQ=")).contains("wrong length or padding");
        assertThat(badPayload("A")).contains("wrong length or padding");
        assertThat(badPayload("AQ==AQ==")).contains("data after padding");
        // "AR==" decodes to the same byte as "AQ==", with an unused bit set
        assertThat(badPayload("AR==")).contains("not the canonical encoding");
    }

    @Test
    void signatureBase64IsAsStrictAsThePayload() {
        assertThatThrownBy(() -> Envelope.read(utf8(
                "{\"payload\":\"\",\"payloadType\":\"t\",\"signatures\":[{\"sig\":\"AQ*D\"}]}")))
                .hasMessageStartingWith("signatures[0].sig is not valid base64");
    }

    /** The reader's message for a payload value, or null when it was accepted. */
    private static String badPayload(String payload) {
        try {
            Envelope.read(utf8("{\"payload\":\"" + payload
                    + "\",\"payloadType\":\"t\",\"signatures\":[{\"sig\":\"AQID\"}]}"));
            return null;
        } catch (AttestationException e) {
            assertThat(e.getMessage()).startsWith("payload is not valid base64");
            return e.getMessage();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
