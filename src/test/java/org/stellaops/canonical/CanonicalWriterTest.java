// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/** Writing canonical JSON member by member, and refusing what would not be canonical. */
class CanonicalWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesWhatTheLibraryMakesOfTheSameDocument() throws Exception {
        String tree = "{\"e\":[1,-0,1e21],\"n\":null}";
        byte[] written = new CanonicalWriter(16).beginObject()
                .name("\r").value("\u0000\"\\\u2028\ud83d\ude00")
                .name("1").value(9_007_199_254_740_993L)
                .name("a").beginArray().value(-7).beginObject().endObject().beginArray()
                .endArray().value((String) null).endArray()
                .name("t").value(MAPPER.readTree(tree))
                .name("\u20ac").value(0)
                .name("\ud83d\ude00").value("")
                .endObject().toBytes();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(
                new JsonCanonicalizer(written).getEncodedUTF8(), StandardCharsets.UTF_8));
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith(
                "{\"\\r\":\"\\u0000\\\"\\\\\u2028\ud83d\ude00\",\"1\":9007199254740992,");
    }

    @Test
    void refusesMembersOutOfOrderOrTwice() {
        // "\u20ac" sorts before "\ud83d\ude00" by UTF-16 code unit, not by code point
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().name("\ud83d\ude00")
                .value(1).name("\u20ac"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RFC 8785");
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().name("a").value(1)
                .name("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnythingButOneCompleteValue() {
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().value(1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new CanonicalWriter(16).beginArray().name("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CanonicalWriter(16).beginArray().endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CanonicalWriter(16).beginObject().toBytes())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("complete");
        assertThatThrownBy(() -> new CanonicalWriter(16).value(1).value(2))
                .isInstanceOf(IllegalStateException.class);
    }
}
