// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.ArrayList;
import java.util.List;

/**
 * A Composer version after {@code VersionParser::normalize}, ordered the way Composer orders it:
 * by PHP's {@code version_compare} on the normalized string. {@link #toString()} is that
 * normalized string ({@code v1.0-beta2} prints {@code 1.0.0.0-beta2}).
 */
public final class ComposerVersion implements Comparable<ComposerVersion> {

    /** What a bare number ranks as among the special words: above RC, below patch. */
    private static final int NUMBER_RANK = 4;

    /** One part of the canonical version: a number, or a word reduced to its rank. */
    private record Part(boolean numeric, long value) {
    }

    private final String normalized;
    private final List<Part> parts;

    ComposerVersion(String normalized) {
        this.normalized = normalized;
        this.parts = partsOf(normalized);
    }

    @Override
    public int compareTo(ComposerVersion other) {
        int common = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            int result = comparePart(parts.get(i), other.parts.get(i));
            if (result != 0) {
                return result;
            }
        }
        if (parts.size() == other.parts.size()) {
            return 0;
        }
        // The longer side decides by its next part: a number makes it greater; a word counts
        // by its rank against a number, so "-dev" and "-beta" make it smaller, "-patch" greater.
        boolean leftLonger = parts.size() > common;
        Part next = leftLonger ? parts.get(common) : other.parts.get(common);
        int sign = next.numeric() || next.value() > NUMBER_RANK ? 1 : -1;
        return leftLonger ? sign : -sign;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComposerVersion version && parts.equals(version.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return normalized;
    }

    private static int comparePart(Part left, Part right) {
        if (left.numeric() == right.numeric()) {
            return Long.compare(left.value(), right.value());
        }
        long leftRank = left.numeric() ? NUMBER_RANK : left.value();
        long rightRank = right.numeric() ? NUMBER_RANK : right.value();
        return Long.compare(leftRank, rightRank);
    }

    /**
     * PHP's canonical form: '-', '_' and '+' become '.', and a '.' goes between every change from
     * digits to letters; then the string splits on '.'.
     */
    private static List<Part> partsOf(String normalized) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean kindChange = run.length() > 0
                    && isDigit(c) != isDigit(run.charAt(run.length() - 1));
            if ((separator || kindChange) && run.length() > 0) {
                parts.add(partOf(run.toString()));
                run.setLength(0);
            }
            if (!separator) {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            parts.add(partOf(run.toString()));
        }
        return parts;
    }

    private static Part partOf(String run) {
        if (isDigit(run.charAt(0))) {
            return new Part(true, saturatingParse(run));
        }
        return new Part(false, rankOf(run));
    }

    /** PHP reads parts with strtol, which stops at LONG_MAX instead of overflowing. */
    private static long saturatingParse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }

    /** version_compare's special words, matched by prefix and case as PHP does. */
    private static long rankOf(String word) {
        if (word.startsWith("dev")) {
            return 0;
        }
        if (word.startsWith("alpha") || word.startsWith("a")) {
            return 1;
        }
        if (word.startsWith("beta") || word.startsWith("b")) {
            return 2;
        }
        if (word.startsWith("RC") || word.startsWith("rc")) {
            return 3;
        }
        if (word.startsWith("pl") || word.startsWith("p")) {
            return 5;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
