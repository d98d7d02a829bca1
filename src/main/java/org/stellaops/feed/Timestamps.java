// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Orders OSV RFC 3339 timestamps, which may differ in their fractional digits. */
final class Timestamps {

    private Timestamps() {
    }

    /** The later of two timestamps; an empty or unreadable one loses. */
    static String newer(String a, String b) {
        return compare(a, b) >= 0 ? a : b;
    }

    /**
     * The copy of a duplicated record to keep: the newer {@code modified}; on a tie the one with
     * the greater canonical bytes, so the choice never depends on the order of the inputs.
     */
    static FeedImporter.Read newerRead(FeedImporter.Read a, FeedImporter.Read b) {
        int byTime = compare(a.record().modified(), b.record().modified());
        if (byTime != 0) {
            return byTime > 0 ? a : b;
        }
        return Arrays.compareUnsigned(a.record().canonicalJson(), b.record().canonicalJson()) >= 0
                ? a : b;
    }

    static int compare(String a, String b) {
        Instant left = parse(a);
        Instant right = parse(b);
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        return left.compareTo(right);
    }

    private static Instant parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
