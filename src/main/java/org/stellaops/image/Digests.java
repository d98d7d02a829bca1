// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Validation and computation of {@code sha256:<64 hex>} content digests. */
final class Digests {

    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private Digests() {
    }

    static boolean isValid(String digest) {
        return digest != null && SHA256.matcher(digest).matches();
    }

    /** Returns the digest unchanged, or fails naming where it came from. */
    static String require(String digest, String where) throws ImageException {
        if (!isValid(digest)) {
            throw new ImageException(
                    "invalid digest in " + where + ": expected sha256:<64 hex digits>, got "
                            + abbreviate(digest));
        }
        return digest;
    }

    static String hex(String digest) {
        return digest.substring("sha256:".length());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String of(byte[] bytes) {
        return format(newSha256().digest(bytes));
    }

    static String format(byte[] sha256) {
        return "sha256:" + HexFormat.of().formatHex(sha256);
    }

    static void verify(byte[] bytes, String expected, String what) throws ImageException {
        String actual = of(bytes);
        if (!actual.equals(expected)) {
            throw new ImageException(what + " digest mismatch: expected " + expected
                    + ", actual " + actual);
        }
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "nothing";
        }
        return value.length() > 80 ? "'" + value.substring(0, 80) + "...'" : "'" + value + "'";
    }
}
