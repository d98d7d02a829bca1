// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * The affected[] entries of one package name in one release, prepared, with the version
 * intervals that let versions of one interval share their findings. The intervals are cut the
 * first time a scan needs them ({@code stella advisories}, which traces, never does).
 * Thread-safe: immutable but for the intervals, which any thread may cut, all alike.
 */
final class PreparedPackage {

    /** Stands for "cut, and no intervals for this package" (see {@link VersionIntervals#of}). */
    private static final Object NONE = new Object();

    private final List<PreparedEntry> entries;
    private volatile Object intervals;

    PreparedPackage(List<PreparedEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<PreparedEntry> entries() {
        return entries;
    }

    /** The cell of the installed version, or -1 when its findings cannot be shared. */
    long cellOf(InstalledVersion version) {
        Object cut = intervals;
        if (cut == null) {
            VersionIntervals made = VersionIntervals.of(entries);
            cut = made == null ? NONE : made;
            intervals = cut;
        }
        return cut == NONE ? -1 : ((VersionIntervals) cut).cellOf(version);
    }
}
