// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

/**
 * One part of an rpm version (the version or the release) split once into rpmvercmp's segments,
 * so that comparing is a walk over two arrays.
 *
 * <p>Why not versatile's {@code RpmVersion.compareTo}: it splits both strings with a regular
 * expression and strips leading zeros with {@code replaceFirst} on every comparison, which made
 * rpm comparison the largest single cost of matching AlmaLinux packages. This class keeps that
 * comparison's exact results (segments {@code [a-zA-Z]+}, {@code [0-9]+}, {@code ~}, {@code ^};
 * numbers by value, numbers after letters; {@code ~} first; {@code ^} after the end), checked
 * against versatile pair by pair over the corpus's rpm versions in {@code RpmSegmentsTest}.
 */
final class RpmSegments {

    private static final String TILDE = "~";
    private static final String CARET = "^";

    private final String text;
    /** Segments, numeric ones without leading zeros; the two markers as the constants above. */
    private final String[] segments;
    private final boolean[] numeric;

    private RpmSegments(String text, String[] segments, boolean[] numeric) {
        this.text = text;
        this.segments = segments;
        this.numeric = numeric;
    }

    static RpmSegments split(String text) {
        String[] found = new String[text.length()];
        boolean[] digits = new boolean[text.length()];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (isDigit(c)) {
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                int start = i;
                while (start < end - 1 && text.charAt(start) == '0') {
                    start++;
                }
                // all zeros strip to the empty string, as replaceFirst("^0*", "") does
                digits[count] = true;
                found[count++] = text.charAt(start) == '0' ? "" : text.substring(start, end);
            } else if (isLetter(c)) {
                while (end < text.length() && isLetter(text.charAt(end))) {
                    end++;
                }
                found[count++] = text.substring(i, end);
            } else if (c == '~') {
                found[count++] = TILDE;
            } else if (c == '^') {
                found[count++] = CARET;
            }
            i = end;
        }
        String[] segments = new String[count];
        boolean[] numeric = new boolean[count];
        System.arraycopy(found, 0, segments, 0, count);
        System.arraycopy(digits, 0, numeric, 0, count);
        return new RpmSegments(text, segments, numeric);
    }

    /** rpmvercmp: the same sign (and value) as versatile's comparison of the two texts. */
    int compareTo(RpmSegments other) {
        if (text.equals(other.text)) {
            return 0;
        }
        String[] a = segments;
        String[] b = other.segments;
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            String left = i < a.length ? a[i] : null;
            String right = i < b.length ? b[i] : null;
            if (left == TILDE || right == TILDE) {
                if (left != TILDE) {
                    return 1;
                }
                if (right != TILDE) {
                    return -1;
                }
                continue;
            }
            if (left == CARET || right == CARET) {
                if (left == null) {
                    return -1;
                }
                if (right == null) {
                    return 1;
                }
                if (left != CARET) {
                    return 1;
                }
                if (right != CARET) {
                    return -1;
                }
                continue;
            }
            if (left == null || right == null) {
                break;
            }
            int cmp = compareSegments(left, numeric[i], right, other.numeric[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareSegments(String left, boolean leftNumeric, String right,
            boolean rightNumeric) {
        if (leftNumeric) {
            if (!rightNumeric) {
                return 1;
            }
            if (left.length() != right.length()) {
                return left.length() > right.length() ? 1 : -1;
            }
        } else if (rightNumeric) {
            return -1;
        }
        return left.compareTo(right);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
