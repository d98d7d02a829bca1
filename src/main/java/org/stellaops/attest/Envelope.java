// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.stellaops.canonical.CanonicalJson;
import org.stellaops.crypto.SignatureValue;

/**
 * A DSSE envelope: the payload bytes, their type and the signatures over
 * {@link Pae#encode PAE(payloadType, payload)}. A signature's key id is an unauthenticated hint
 * and may be null.
 *
 * <p>{@link #toJson} writes RFC 8785 canonical JSON (members {@code payload},
 * {@code payloadType}, {@code signatures}; each signature {@code keyid} then {@code sig}),
 * standard padded base64, no trailing newline: the same envelope always gives the same bytes.
 * {@link #read} is the strict reader for envelopes from anywhere; see {@link EnvelopeReader}.
 */
public record Envelope(String payloadType, byte[] payload, List<SignatureValue> signatures) {

    /** The most a reader accepts unless told otherwise: 64 MiB of envelope JSON. */
    public static final int DEFAULT_MAX_BYTES = 64 << 20;

    public Envelope {
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(payload, "payload");
        signatures = List.copyOf(signatures);
    }

    /** Reads envelope JSON of at most {@link #DEFAULT_MAX_BYTES}. */
    public static Envelope read(byte[] json) {
        return EnvelopeReader.read(json, DEFAULT_MAX_BYTES);
    }

    /** Reads envelope JSON, refusing more than {@code maxBytes} before parsing anything. */
    public static Envelope read(byte[] json, int maxBytes) {
        return EnvelopeReader.read(json, maxBytes);
    }

    /** Reads at most {@code maxBytes} (plus one, to tell) from a stream, then parses them. */
    public static Envelope read(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
        return EnvelopeReader.read(bytes, maxBytes);
    }

    /** The canonical JSON bytes of this envelope. */
    public byte[] toJson() {
        String encoded = StrictBase64.encode(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length() + 512);
        out.writeBytes("{\"payload\":\"".getBytes(StandardCharsets.US_ASCII));
        // base64 needs no escaping, so the largest member is copied as it is
        out.writeBytes(encoded.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("\",\"payloadType\":".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(CanonicalJson.toBytes(TextNode.valueOf(payloadType)));
        out.writeBytes(",\"signatures\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < signatures.size(); i++) {
            SignatureValue signature = signatures.get(i);
            if (i > 0) {
                out.write(',');
            }
            out.write('{');
            if (signature.keyId() != null) {
                out.writeBytes("\"keyid\":".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(CanonicalJson.toBytes(TextNode.valueOf(signature.keyId())));
                out.write(',');
            }
            out.writeBytes(("\"sig\":\"" + StrictBase64.encode(signature.value()) + "\"}")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Envelope e && Arrays.equals(toJson(), e.toJson());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toJson());
    }

    @Override
    public String toString() {
        return "Envelope[payloadType=" + payloadType + ", payload=" + payload.length
                + " bytes, signatures=" + signatures.size() + "]";
    }
}
