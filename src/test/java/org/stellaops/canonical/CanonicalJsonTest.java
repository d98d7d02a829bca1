// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String canonical(String json) throws IOException {
        return new String(CanonicalJson.toBytes(MAPPER.readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void sortsMembersByUtf16CodeUnits() throws IOException {
        // RFC 8785 section 3.2.3: "\u20ac" (euro) sorts before "\ud83d\ude00" (emoji) by code
        // unit, although the emoji's code point is larger; "1" before "a"; "\r" first.
        String json = "{\"\\u20ac\":1,\"\\ud83d\\ude00\":2,\"a\":3,\"1\":4,\"\\r\":5}";
        assertThat(canonical(json))
                .isEqualTo("{\"\\r\":5,\"1\":4,\"a\":3,\"\u20ac\":1,\"\ud83d\ude00\":2}");
    }

    @Test
    void escapesOnlyWhatEcmaScriptEscapes() throws IOException {
        String json = "[\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\\u007f\\u2028\"]";
        assertThat(canonical(json))
                .isEqualTo("[\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u007f\u2028\"]");
    }

    @Test
    void formatsNumbersAsEcmaScriptDoes() throws IOException {
        // Values from RFC 8785 appendix B and section 3.2.2.3.
        assertThat(canonical("[1E30, 4.50, 2e-3, 0.000001, 1e-7, -0, 333333333.33333329]"))
                .isEqualTo("[1e+30,4.5,0.002,0.000001,1e-7,0,333333333.3333333]");
    }

    @Test
    void rejectsLoneSurrogates() {
        assertThatThrownBy(() -> canonical("[\"\\ud800x\"]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lone surrogate");
    }

    /** Every record of the corpus must canonicalise to the same bytes as the reference library. */
    @Test
    void agreesWithReferenceLibraryOnWholeCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("stella.corpus"));
        int compared = 0;
        try (Stream<Path> zips = Files.walk(corpus.resolve("osv"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                compared += compareAll(zip);
            }
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    private static int compareAll(Path zip) throws IOException {
        int compared = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] raw = file.getInputStream(entry).readAllBytes();
                byte[] expected = new JsonCanonicalizer(raw).getEncodedUTF8();
                assertThat(CanonicalJson.toBytes(MAPPER.readTree(raw)))
                        .as("%s!%s", zip, entry.getName())
                        .isEqualTo(expected);
                compared++;
            }
        }
        return compared;
    }
}
