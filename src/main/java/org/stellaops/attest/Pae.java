// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DSSE's pre-authentication encoding, the exact bytes every envelope signature covers:
 * {@code "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body}, each LEN the ASCII decimal byte
 * count without leading zeros. Binding the payload type into the signed bytes is what stops an
 * envelope from being re-labelled as another type without breaking its signatures.
 */
public final class Pae {

    private static final byte[] PREFIX = "DSSEv1 ".getBytes(StandardCharsets.US_ASCII);

    private Pae() {
    }

    /** The encoding of a payload type (as UTF-8, so the length counts bytes) and body. */
    public static byte[] encode(String payloadType, byte[] body) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        byte[] typeLength = decimal(type.length);
        byte[] bodyLength = decimal(body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                PREFIX.length + typeLength.length + type.length + bodyLength.length
                        + body.length + 3);
        out.writeBytes(PREFIX);
        out.writeBytes(typeLength);
        out.write(' ');
        out.writeBytes(type);
        out.write(' ');
        out.writeBytes(bodyLength);
        out.write(' ');
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] decimal(int length) {
        return Integer.toString(length).getBytes(StandardCharsets.US_ASCII);
    }
}
