// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

/**
 * A version read by {@link DpkgScheme}, ordered by epoch, then upstream, then revision.
 *
 * <p>Each part is compared in alternating runs: a run of non-digits character by character, where
 * {@code ~} sorts before everything (even the end of the string), letters before other symbols;
 * then a run of digits by numeric value, of any length. A missing revision equals {@code 0}.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 1.0} and
 * {@code 0:1.0-0} compare as equal but are not {@code equals}, which compares the text.
 */
public final class DpkgVersion implements Comparable<DpkgVersion> {

    private final String text;
    private final int epoch;
    private final String upstream;
    private final String revision;

    DpkgVersion(String text, int epoch, String upstream, String revision) {
        this.text = text;
        this.epoch = epoch;
        this.upstream = upstream;
        this.revision = revision;
    }

    /** The string as it was parsed. */
    public String text() {
        return text;
    }

    /** The epoch, 0 when the string has none. */
    public int epoch() {
        return epoch;
    }

    public String upstream() {
        return upstream;
    }

    /** The Debian revision, empty when the string has none. */
    public String revision() {
        return revision;
    }

    @Override
    public int compareTo(DpkgVersion other) {
        int byEpoch = Integer.compare(epoch, other.epoch);
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byUpstream = comparePart(upstream, other.upstream);
        return byUpstream != 0 ? byUpstream : comparePart(revision, other.revision);
    }

    private static int comparePart(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() || j < right.length()) {
            while (isNonDigit(left, i) || isNonDigit(right, j)) {
                int byWeight = Integer.compare(weight(left, i), weight(right, j));
                if (byWeight != 0) {
                    return byWeight;
                }
                // equal weights mean both sides hold the same non-digit, so both advance
                i++;
                j++;
            }
            int leftEnd = endOfDigits(left, i);
            int rightEnd = endOfDigits(right, j);
            int byNumber = compareNumbers(left.substring(i, leftEnd), right.substring(j, rightEnd));
            if (byNumber != 0) {
                return byNumber;
            }
            i = leftEnd;
            j = rightEnd;
        }
        return 0;
    }

    private static boolean isNonDigit(String s, int i) {
        return i < s.length() && !DpkgScheme.isAsciiDigit(s.charAt(i));
    }

    /** dpkg's character order: ~ first, then end of run (digit or end), letters, other symbols. */
    private static int weight(String s, int i) {
        if (!isNonDigit(s, i)) {
            return 0;
        }
        char c = s.charAt(i);
        if (c == '~') {
            return -1;
        }
        return DpkgScheme.isAsciiLetter(c) ? c : c + 256;
    }

    private static int endOfDigits(String s, int from) {
        int end = from;
        while (end < s.length() && DpkgScheme.isAsciiDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares digit runs by value without overflow; an empty run counts as zero. */
    static int compareNumbers(String left, String right) {
        String a = stripLeadingZeros(left);
        String b = stripLeadingZeros(right);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DpkgVersion that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
