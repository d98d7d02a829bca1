// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stellaops.db.IndexedAffected;
import org.stellaops.feed.OsvRange;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;
import org.stellaops.version.VersionSchemes;

/**
 * An affected[] entry made ready to be evaluated against any installed version: each range's
 * scheme found and its events parsed and sorted, the explicit versions list hashed (and parsed
 * the first time a version is not listed as written). Built once per entry (the matcher keeps
 * the entries of recent package names), so evaluating it again parses nothing but the
 * installed version. Thread-safe: immutable but for that list, which is published safely.
 */
final class PreparedEntry {

    private final IndexedAffected entry;
    private final List<PreparedRange<?>> ranges;
    private final Set<String> listed;
    private final VersionScheme<?> listScheme;
    private final ParsedVersions parsed;
    /**
     * The listed versions that parse, made on first need: most checks end at the exact text.
     * Racy but safe: any thread may build it, every build is the same immutable list.
     */
    private volatile List<?> listedParsed;

    private PreparedEntry(IndexedAffected entry, List<PreparedRange<?>> ranges,
            VersionScheme<?> listScheme, ParsedVersions parsed) {
        this.entry = entry;
        this.ranges = ranges;
        this.listed = new HashSet<>(entry.versions());
        this.listScheme = listScheme;
        this.parsed = parsed;
    }

    static PreparedEntry prepare(IndexedAffected entry, ParsedVersions parsed) {
        List<PreparedRange<?>> ranges = new ArrayList<>(entry.ranges().size());
        for (OsvRange range : entry.ranges()) {
            if (!range.isGit()) {
                ranges.add(PreparedRange.prepare(range,
                        VersionSchemes.forRangeType(range.type(), entry.ecosystem()), parsed));
            }
        }
        VersionScheme<?> listScheme = entry.versions().isEmpty()
                ? null : VersionSchemes.forEcosystem(entry.ecosystem());
        return new PreparedEntry(entry, List.copyOf(ranges), listScheme, parsed);
    }

    /** The listed versions that parse, in list order; the others can equal no readable one. */
    private static <V extends Comparable<V>> List<V> parseListed(VersionScheme<V> scheme,
            List<String> versions, ParsedVersions parsed) {
        List<V> readable = new ArrayList<>(versions.size());
        for (String version : versions) {
            try {
                readable.add(parsed.parse(scheme, version));
            } catch (InvalidVersionException e) {
                // an unreadable listed version cannot equal a readable one; the exact-string
                // check covers identical text
            }
        }
        return List.copyOf(readable);
    }

    IndexedAffected entry() {
        return entry;
    }

    /** The non-GIT ranges, in entry order. */
    List<PreparedRange<?>> ranges() {
        return ranges;
    }

    boolean hasVersionsList() {
        return !entry.versions().isEmpty();
    }

    /** Whether the versions list names {@code version}: as text, else by scheme equality. */
    boolean lists(InstalledVersion version) {
        return listed.contains(version.text())
                || listScheme != null && listedBySchemeEquality(listScheme, version);
    }

    @SuppressWarnings("unchecked")
    private <V extends Comparable<V>> boolean listedBySchemeEquality(VersionScheme<V> scheme,
            InstalledVersion version) {
        V installed;
        try {
            installed = version.parse(scheme);
        } catch (InvalidVersionException e) {
            return false;
        }
        List<?> readable = listedParsed;
        if (readable == null) {
            readable = parseListed(scheme, entry.versions(), parsed);
            listedParsed = readable;
        }
        for (Object candidate : readable) {
            if (((V) candidate).compareTo(installed) == 0) {
                return true;
            }
        }
        return false;
    }

    /** One range with its scheme and sorted events, or why it cannot be evaluated. */
    record PreparedRange<V extends Comparable<V>>(OsvRange range, VersionScheme<V> scheme,
            List<SortedEvent<V>> events, InvalidVersionException unreadable) {

        static <V extends Comparable<V>> PreparedRange<V> prepare(OsvRange range,
                VersionScheme<V> scheme, ParsedVersions parsed) {
            if (scheme == null) {
                return new PreparedRange<>(range, null, null, null);
            }
            try {
                return new PreparedRange<>(range, scheme,
                        SortedEvent.sort(scheme, range.events(), parsed), null);
            } catch (InvalidVersionException e) {
                return new PreparedRange<>(range, scheme, null, e);
            }
        }
    }
}
