// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick look for a {@code vulnerabilities} member before an SBOM is read for its VEX. */
class EmbeddedVexSearchTest {

    @Test
    void findsTheWordWhereverItStandsAndOnlyWhole() {
        Random random = new Random(11);
        String word = "vulnerabilities";
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            for (int j = 0; j < bytes.length; j++) {
                // mostly letters of the word, so that near misses are common; bytes above 0x7f too
                bytes[j] = random.nextInt(8) == 0 ? (byte) (0x80 + random.nextInt(128))
                        : (byte) word.charAt(random.nextInt(word.length()));
            }
            if (random.nextBoolean() && bytes.length >= word.length()) {
                int at = random.nextInt(bytes.length - word.length() + 1);
                int cut = random.nextInt(4) == 0 ? 1 + random.nextInt(word.length() - 1) : 0;
                byte[] put = word.substring(cut).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(put, 0, bytes, at, put.length);
            }
            assertEquals(naive(bytes, word), EmbeddedVex.contains(bytes, word));
        }
        assertEquals(true, EmbeddedVex.contains(
                "{\"vulnerabilities\":[]}".getBytes(StandardCharsets.UTF_8), word));
        assertEquals(false, EmbeddedVex.contains(
                "{\"vulnerabilitie\":[]}".getBytes(StandardCharsets.UTF_8), word));
    }

    private static boolean naive(byte[] bytes, String word) {
        for (int i = 0; i + word.length() <= bytes.length; i++) {
            boolean all = true;
            for (int j = 0; j < word.length() && all; j++) {
                all = bytes[i + j] == word.charAt(j);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
