// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.crypto.SignatureValue;

/**
 * The strict reader of envelope JSON from untrusted sources. Refused, each with the reason:
 * input over the size limit (checked before parsing), malformed JSON, trailing data, a member
 * given twice (two parsers could otherwise read two different envelopes from one file), a
 * missing or mistyped {@code payload}, {@code payloadType} or {@code signatures}, no
 * signature, a signature without {@code sig}, and base64 that is not strict (see
 * {@link StrictBase64}). Unknown members are ignored, as envelope.md asks.
 */
final class EnvelopeReader {

    private static final ObjectMapper MAPPER = mapper();

    private EnvelopeReader() {
    }

    static Envelope read(byte[] json, int maxBytes) {
        if (json.length > maxBytes) {
            throw new AttestationException("envelope is larger than the limit of " + maxBytes
                    + " bytes");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AttestationException("envelope is not valid JSON: "
                    + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw new AttestationException("envelope cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new AttestationException("envelope is not a JSON object");
        }
        byte[] payload = StrictBase64.decode(text(root, "payload"), "payload");
        String payloadType = text(root, "payloadType");
        return new Envelope(payloadType, payload, signaturesOf(root.get("signatures")));
    }

    private static List<SignatureValue> signaturesOf(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new AttestationException("envelope has no 'signatures' array");
        }
        if (array.isEmpty()) {
            throw new AttestationException("envelope has no signature");
        }
        List<SignatureValue> signatures = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String where = "signatures[" + i + "]";
            if (!node.isObject()) {
                throw new AttestationException(where + " is not an object");
            }
            JsonNode keyId = node.get("keyid");
            if (keyId != null && !keyId.isTextual() && !keyId.isNull()) {
                throw new AttestationException(where + ".keyid is not a string");
            }
            byte[] sig = StrictBase64.decode(text(node, "sig", where), where + ".sig");
            signatures.add(new SignatureValue(keyId == null || keyId.isNull() ? null
                    : keyId.textValue(), sig));
        }
        return signatures;
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, "envelope");
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new AttestationException(where + " has no '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new AttestationException(where + "." + field + " is not a string");
        }
        return value.textValue();
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static ObjectMapper mapper() {
        // the size limit above bounds the input; a payload may then be one long string
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(64).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
