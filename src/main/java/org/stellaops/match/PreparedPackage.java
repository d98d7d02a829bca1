// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The affected[] entries of one package name in one release, prepared, with the version
 * intervals that let versions of one interval share their findings, and the findings of the
 * intervals met. The intervals are cut the first time a scan needs them ({@code stella
 * advisories}, which traces, never does).
 * Thread-safe: immutable but for the intervals, which any thread may cut, all alike.
 */
final class PreparedPackage {

    /** Stands for "cut, and no intervals for this package" (see {@link VersionIntervals#of}). */
    private static final Object NONE = new Object();
    /** The meeting at which a package's intervals are cut (see {@link #cellOf}). */
    static final int CUT_AT = 3;

    private final List<PreparedEntry> entries;
    private volatile Object intervals;
    private int meetings;
    /** The findings of the cells met, by cell (see {@link VersionIntervals}). */
    private final Map<Long, List<FindingTemplate>> cells = new ConcurrentHashMap<>();

    PreparedPackage(List<PreparedEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<PreparedEntry> entries() {
        return entries;
    }

    /**
     * The cell of the installed version, or -1 when its findings cannot be shared, or before
     * the package's {@value #CUT_AT}th meeting: cutting the intervals parses and sorts every
     * version its advisories name, and a cell pays only from its second use, so it is work
     * lost for the packages a one-shot scan of one SBOM meets once or twice (most of them).
     * Racy on purpose: a lost count delays the cut by one meeting.
     */
    long cellOf(InstalledVersion version) {
        Object cut = intervals;
        if (cut == null) {
            if (++meetings < CUT_AT) {
                return -1;
            }
            VersionIntervals made = VersionIntervals.of(entries);
            cut = made == null ? NONE : made;
            intervals = cut;
        }
        return cut == NONE ? -1 : ((VersionIntervals) cut).cellOf(version);
    }

    /** The findings remembered for a cell, or null. */
    List<FindingTemplate> findingsOf(long cell) {
        return cells.get(cell);
    }

    void remember(long cell, List<FindingTemplate> findings) {
        cells.put(cell, findings);
    }
}
