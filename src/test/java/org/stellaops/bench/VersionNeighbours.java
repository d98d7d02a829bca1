// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions next to a version an advisory names, so that the benchmark list also holds
 * versions just inside and just outside each range, as real SBOMs do.
 *
 * <p>A neighbour changes the last run of digits by one in each direction ({@code 1.2.3} gives
 * {@code 1.2.2} and {@code 1.2.4}; {@code 0} has no lower neighbour). For rpm the run is taken
 * from the upstream version only ({@code 1.11-16.el8} gives {@code 1.10-16.el8} and
 * {@code 1.12-16.el8}), because bumping the release tag {@code el8} would name another distro
 * release. A neighbour is not always a version that was ever published; it is always one of the
 * same shape, which is what matching cost depends on.
 */
final class VersionNeighbours {

    /** Longer digit runs (dates in pseudo-versions, hashes) are left alone. */
    private static final int MAX_DIGITS = 18;

    private VersionNeighbours() {
    }

    /** The lower and the upper neighbour of {@code version}, as far as they exist. */
    static List<String> of(String version, boolean rpm) {
        int dash = rpm ? version.indexOf('-') : -1;
        String head = dash < 0 ? version : version.substring(0, dash);
        String tail = dash < 0 ? "" : version.substring(dash);
        int end = head.length();
        while (end > 0 && !Character.isDigit(head.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(head.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > MAX_DIGITS) {
            return List.of();
        }
        String digits = head.substring(start, end);
        long number = Long.parseLong(digits);
        String before = head.substring(0, start);
        String after = head.substring(end) + tail;
        List<String> neighbours = new ArrayList<>(2);
        if (number > 0) {
            neighbours.add(before + padded(number - 1, digits) + after);
        }
        neighbours.add(before + padded(number + 1, digits) + after);
        return neighbours;
    }

    /** Keeps a zero-padded field ({@code 09}) at its width. */
    private static String padded(long number, String original) {
        String text = Long.toString(number);
        boolean zeroPadded = original.length() > 1 && original.charAt(0) == '0';
        if (zeroPadded && text.length() < original.length()) {
            return "0".repeat(original.length() - text.length()) + text;
        }
        return text;
    }
}
