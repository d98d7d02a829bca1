// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/**
 * A {@link MatchedRange} before the installed version is known: the same for every version
 * that falls in the same interval of the package's advisory versions, so one can serve them
 * all (see {@link VersionIntervals}).
 *
 * @param reasonAfter the reason's text after the installed version; null when the reason does
 *     not name it and {@code reasonBefore} is all of it
 */
record AffectingRange(String advisory, String ecosystem, String packageName, String range,
        String reasonBefore, String reasonAfter) {

    /** A range whose reason is fixed text (tests, and reasons that name no version). */
    static AffectingRange of(MatchedRange range) {
        return new AffectingRange(range.advisory(), range.ecosystem(), range.packageName(),
                range.range(), range.reason(), null);
    }

    MatchedRange at(String version) {
        String reason = reasonAfter == null ? reasonBefore : reasonBefore + version + reasonAfter;
        return new MatchedRange(advisory, ecosystem, packageName, range, reason);
    }
}
