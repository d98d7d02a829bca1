// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.util.Base64;

/**
 * Base64 as DSSE allows it and no looser: the standard or the URL-safe alphabet (verifiers must
 * accept both), one alphabet per value, padding optional but correct when present, and only
 * the canonical encoding of the bytes (unused trailing bits zero). No whitespace or line
 * breaks. Rejecting the non-canonical forms means one byte sequence has exactly one encoding
 * per alphabet, so an envelope cannot be altered in its text without a visible change.
 */
final class StrictBase64 {

    private StrictBase64() {
    }

    /** The standard, padded encoding, the only one we write. */
    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * @param field named in the error
     * @throws AttestationException saying why the value is not strict base64
     */
    static byte[] decode(String text, String field) {
        boolean standard = false;
        boolean urlSafe = false;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padding++;
                continue;
            }
            if (padding > 0) {
                throw invalid(field, "data after padding at index " + i);
            }
            if (c == '+' || c == '/') {
                standard = true;
            } else if (c == '-' || c == '_') {
                urlSafe = true;
            } else if (!isAlphanumeric(c)) {
                throw invalid(field, "character " + describe(c) + " at index " + i);
            }
        }
        if (standard && urlSafe) {
            throw invalid(field, "mixes the standard and the URL-safe alphabet");
        }
        int data = text.length() - padding;
        if (padding > 2 || data % 4 == 1 || (padding > 0 && text.length() % 4 != 0)) {
            throw invalid(field, "wrong length or padding (" + text.length() + " characters)");
        }
        byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        String again = (urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder())
                .withoutPadding().encodeToString(bytes);
        if (!again.equals(text.substring(0, data))) {
            throw invalid(field, "not the canonical encoding (unused bits set)");
        }
        return bytes;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String describe(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private static AttestationException invalid(String field, String why) {
        return new AttestationException(field + " is not valid base64: " + why);
    }
}
