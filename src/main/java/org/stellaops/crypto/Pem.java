// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM (RFC 7468) blocks: reading every block of a text, in order, and writing one. Text outside
 * blocks is ignored, as openssl does; a block whose base64 is damaged is an error, never skipped.
 */
final class Pem {

    /** One block: its label ({@code PRIVATE KEY}, {@code CERTIFICATE}...) and decoded bytes. */
    record Block(String label, byte[] der) {
    }

    static final int MAX_BLOCKS = 32;

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,40})-----\\r?\\n([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    private Pem() {
    }

    static boolean looksLikePem(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096),
                StandardCharsets.US_ASCII);
        return head.contains("-----BEGIN ");
    }

    /** The blocks of {@code text}, in order; {@code source} names the file in errors. */
    static List<Block> read(String text, String source) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            if (blocks.size() == MAX_BLOCKS) {
                throw new CryptoException(source + ": more than " + MAX_BLOCKS + " PEM blocks");
            }
            String label = matcher.group(1);
            try {
                byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
                blocks.add(new Block(label, der));
            } catch (IllegalArgumentException e) {
                throw new CryptoException(source + ": the PEM block " + label
                        + " is not valid base64");
            }
        }
        if (blocks.isEmpty()) {
            throw new CryptoException(source + ": no complete PEM block (-----BEGIN ...-----"
                    + " to -----END ...-----)");
        }
        return blocks;
    }

    /** One PEM block, base64 in lines of 64 characters, ending with a newline. */
    static String write(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
