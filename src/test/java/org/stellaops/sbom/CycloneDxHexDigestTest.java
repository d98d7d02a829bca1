// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written hash content check against the CycloneDX schema's own pattern. */
class CycloneDxHexDigestTest {

    /** The {@code hash-content} pattern of the CycloneDX 1.4-1.6 JSON schemas. */
    private static final Pattern SCHEMA = Pattern.compile(
            "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$");
    private static final String ALPHABET = "0123456789abcdefABCDEFgG/+= -\u00e9";

    @Test
    void agreesWithTheSchemaPatternOnEveryLengthAndAlphabet() {
        Random random = new Random(7);
        int hex = 0;
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(4) == 0 ? random.nextInt(140)
                    : new int[] {31, 32, 33, 40, 64, 96, 127, 128, 129}[random.nextInt(9)];
            StringBuilder value = new StringBuilder(length);
            boolean onlyHex = random.nextBoolean();
            for (int j = 0; j < length; j++) {
                value.append(ALPHABET.charAt(random.nextInt(onlyHex ? 22 : ALPHABET.length())));
            }
            boolean expected = SCHEMA.matcher(value).matches();
            hex += expected ? 1 : 0;
            assertEquals(expected, CycloneDxComponents.isHexDigest(value.toString()),
                    () -> "for " + value);
        }
        // the draw must hold both answers in number, or the comparison proves little
        assertEquals(true, hex > 20_000 && hex < 180_000, "hex values drawn: " + hex);
    }
}
