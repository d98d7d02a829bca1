// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@link Pae} against DSSE's protocol.md example and the lengths it defines. */
class PaeTest {

    @Test
    void helloWorldExampleOfTheProtocol() {
        byte[] pae = Pae.encode("http://example.com/HelloWorld",
                "hello world".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(pae, StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }

    @Test
    void typeLengthCountsUtf8BytesNotCharacters() {
        // 28 characters, 29 bytes: the ä takes two
        byte[] pae = Pae.encode("application/vnd.exämple+json", new byte[] {'{', '}'});

        assertThat(new String(pae, StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 29 application/vnd.exämple+json 2 {}");
    }

    @Test
    void emptyBodyStillEndsWithTheSeparator() {
        byte[] pae = Pae.encode(Statement.PAYLOAD_TYPE, new byte[0]);

        assertThat(new String(pae, StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 28 application/vnd.in-toto+json 0 ");
    }

    @Test
    void bodyBytesAreCopiedUnchangedEvenWhenNotText() {
        byte[] body = HexFormat.of().parseHex("fbffbf3e3f00");

        byte[] pae = Pae.encode("t", body);

        assertThat(HexFormat.of().formatHex(pae))
                .isEqualTo(HexFormat.of().formatHex("DSSEv1 1 t 6 ".getBytes(
                        StandardCharsets.US_ASCII)) + "fbffbf3e3f00");
    }
}
