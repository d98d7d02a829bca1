// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * The verdict on one range (or on the explicit versions list) of an affected[] entry, with the
 * reason in words for the explain trace.
 *
 * @param range the range as OSV wrote it, e.g. {@code ECOSYSTEM [introduced=0, fixed=2.0]}, or
 *     {@code versions} for the explicit list
 * @param fixed the fixed versions of this range above the installed version, ascending
 */
public record RangeVerdict(Outcome outcome, String range, String reason, List<String> fixed) {

    public RangeVerdict {
        fixed = List.copyOf(fixed);
    }
}
