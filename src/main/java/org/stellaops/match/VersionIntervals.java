// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;

/**
 * Cuts the version line of one package into the intervals on which its advisories cannot
 * change their minds. Every version an event or an explicit versions list names is a boundary;
 * a version either equals a boundary or lies strictly between two, and every comparison range
 * evaluation makes ({@code installed <=> event}, list membership by scheme equality) comes out
 * the same for all versions of one such cell. So do the findings, but for the purl and the
 * installed version they quote, which {@link FindingTemplate} leaves open.
 *
 * <p>A cell is numbered {@code 2i+1} for the i-th boundary and {@code 2i} for the gap below it;
 * with several schemes (a SEMVER range beside an ECOSYSTEM one) the numbers combine into one.
 * Built only for packages whose every verdict depends on comparisons alone: a range without a
 * scheme or with an unreadable event, or a versions list of an ecosystem without a scheme (text
 * equality only), makes {@link #of} return null, and such packages are evaluated every time.
 */
final class VersionIntervals {

    /** Cells of all schemes together stay below this, so a key fits a long. */
    private static final long MAX_CELLS = 1L << 62;

    private final VersionScheme<?>[] schemes;
    private final Object[][] boundaries;

    private VersionIntervals(VersionScheme<?>[] schemes, Object[][] boundaries) {
        this.schemes = schemes;
        this.boundaries = boundaries;
    }

    /** The intervals of a package's entries, or null when some verdict is not by comparison. */
    static VersionIntervals of(List<PreparedEntry> entries) {
        Map<String, VersionScheme<?>> schemes = new LinkedHashMap<>();
        Map<String, List<Object>> points = new LinkedHashMap<>();
        for (PreparedEntry entry : entries) {
            if (entry.hasVersionsList()) {
                VersionScheme<?> scheme = entry.listScheme();
                if (scheme == null) {
                    return null;
                }
                add(schemes, points, scheme, Arrays.asList(entry.listedParsed(scheme)));
            }
            for (PreparedEntry.PreparedRange<?> range : entry.ranges()) {
                if (range.scheme() == null || range.unreadable() != null) {
                    return null;
                }
                List<Object> versions = new ArrayList<>(range.events().size());
                for (SortedEvent<?> event : range.events()) {
                    if (!event.isZero()) {
                        versions.add(event.version());
                    }
                }
                add(schemes, points, range.scheme(), versions);
            }
        }
        VersionScheme<?>[] order = schemes.values().toArray(VersionScheme<?>[]::new);
        Object[][] sorted = new Object[order.length][];
        long cells = 1;
        for (int i = 0; i < order.length; i++) {
            sorted[i] = distinctSorted(points.get(order[i].id()));
            cells *= 2L * sorted[i].length + 1;
            if (cells >= MAX_CELLS) {
                return null;
            }
        }
        return new VersionIntervals(order, sorted);
    }

    private static void add(Map<String, VersionScheme<?>> schemes,
            Map<String, List<Object>> points, VersionScheme<?> scheme, List<Object> versions) {
        schemes.putIfAbsent(scheme.id(), scheme);
        points.computeIfAbsent(scheme.id(), id -> new ArrayList<>()).addAll(versions);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] distinctSorted(List<Object> versions) {
        Object[] all = versions.toArray();
        Arrays.sort(all, (a, b) -> ((Comparable) a).compareTo(b));
        int kept = 0;
        for (Object version : all) {
            if (kept == 0 || ((Comparable) all[kept - 1]).compareTo(version) != 0) {
                all[kept++] = version;
            }
        }
        return Arrays.copyOf(all, kept);
    }

    /**
     * The cell of the installed version, or -1 when it does not parse under one of the
     * package's schemes (its verdicts then say why, and are not shared).
     */
    long cellOf(InstalledVersion version) {
        long key = 0;
        long scale = 1;
        for (int i = 0; i < schemes.length; i++) {
            Object installed;
            try {
                installed = version.parse(schemes[i]);
            } catch (InvalidVersionException e) {
                return -1;
            }
            int found = Arrays.binarySearch(boundaries[i], installed);
            long cell = found >= 0 ? 2L * found + 1 : 2L * (-found - 1);
            key += cell * scale;
            scale *= 2L * boundaries[i].length + 1;
        }
        return key;
    }
}
