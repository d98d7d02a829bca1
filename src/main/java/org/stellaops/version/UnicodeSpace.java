// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

/**
 * Trims whitespace the way Python's {@code str.strip()} and .NET's {@code String.Trim()} do.
 *
 * <p>{@link String#strip()} misses no-break spaces (U+00A0, U+202F); both PyPI's and NuGet's
 * parsers drop them, so the schemes that mirror those parsers trim with this instead.
 */
final class UnicodeSpace {

    private UnicodeSpace() {
    }

    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
