// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.List;

/**
 * A parsed {@code Gem::Version}. It is compared by its canonical segments: numbers and words,
 * with trailing zeros dropped from both the release part and the prerelease part. So
 * {@code 1.0.0 == 1}, and {@code 1.0.a < 1.0} because a word sorts before any number.
 */
public final class RubyGemsVersion implements Comparable<RubyGemsVersion> {

    private final String version;
    private final List<Object> segments;

    RubyGemsVersion(String version, List<Object> segments) {
        this.version = version;
        this.segments = List.copyOf(segments);
    }

    /** True when any segment is a word: {@code 1.2.0.a}, {@code 1-1} ("1.pre.1"). */
    public boolean isPrerelease() {
        return segments.stream().anyMatch(String.class::isInstance);
    }

    @Override
    public int compareTo(RubyGemsVersion other) {
        int length = Math.max(segments.size(), other.segments.size());
        for (int i = 0; i < length; i++) {
            // A missing segment counts as zero, as in Gem::Version#<=>.
            Object left = i < segments.size() ? segments.get(i) : BigInteger.ZERO;
            Object right = i < other.segments.size() ? other.segments.get(i) : BigInteger.ZERO;
            int result = compareSegment(left, right);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RubyGemsVersion gem && segments.equals(gem.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The version as RubyGems keeps it: trimmed, with each '-' spelled ".pre.". */
    @Override
    public String toString() {
        return version;
    }

    private static int compareSegment(Object left, Object right) {
        if (left instanceof BigInteger l && right instanceof BigInteger r) {
            return l.compareTo(r);
        }
        if (left instanceof String l && right instanceof String r) {
            return l.compareTo(r);
        }
        return left instanceof String ? -1 : 1;
    }
}
