// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * The verdict on one range (or on the explicit versions list) of an affected[] entry, with the
 * reason in words for the explain trace. The reason is kept in two parts around the installed
 * version ({@code introduced 1.0 <= } + version), so that a finding made for one version can be
 * told again for another version of the same interval without evaluating anything.
 *
 * @param range the range as OSV wrote it, e.g. {@code ECOSYSTEM [introduced=0, fixed=2.0]}, or
 *     {@code versions} for the explicit list
 * @param reasonBefore the reason's text before the installed version, or all of it when
 *     {@code reasonAfter} is null
 * @param reasonAfter the reason's text after the installed version; null when the reason does
 *     not name it
 * @param fixed the fixed versions of this range above the installed version, ascending
 */
public record RangeVerdict(Outcome outcome, String range, String version, String reasonBefore,
        String reasonAfter, List<String> fixed) {

    public RangeVerdict {
        fixed = List.copyOf(fixed);
    }

    /** A verdict whose reason does not depend on the installed version. */
    static RangeVerdict of(Outcome outcome, String range, String reason) {
        return new RangeVerdict(outcome, range, null, reason, null, List.of());
    }

    /** The reason in words. */
    public String reason() {
        return reasonAfter == null ? reasonBefore : reasonBefore + version + reasonAfter;
    }

    /** The range that made this verdict affected, for a finding of {@code advisory}. */
    AffectingRange affecting(String advisory, String ecosystem, String packageName) {
        return new AffectingRange(advisory, ecosystem, packageName, range, reasonBefore,
                reasonAfter);
    }
}
