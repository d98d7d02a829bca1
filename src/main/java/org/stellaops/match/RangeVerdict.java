// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;
import org.stellaops.feed.OsvRange;

/**
 * The verdict on one range (or on the explicit versions list) of an affected[] entry, with the
 * reason in words for the explain trace. The range's text is built only when asked for: a scan
 * evaluates many ranges and describes only those that matched.
 *
 * @param source the range evaluated, or null for the explicit versions list
 * @param fixed the fixed versions of this range above the installed version, ascending
 */
public record RangeVerdict(Outcome outcome, OsvRange source, String reason, List<String> fixed) {

    public RangeVerdict {
        fixed = List.copyOf(fixed);
    }

    /**
     * The range as OSV wrote it, e.g. {@code ECOSYSTEM [introduced=0, fixed=2.0]}, or
     * {@code versions} for the explicit list.
     */
    public String range() {
        return source == null ? "versions" : source.type() + " " + source.events();
    }
}
