// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final VersionScheme<?> listScheme;
    private final ParsedVersions parsed;
    /**
     * How often the versions list was checked. The first check walks the list; from the
     * second, the list is hashed and its parsed versions sorted for bisection, which pays only
     * for an entry checked again (a one-shot scan checks most entries once). Racy on purpose:
     * a lost count costs one more walk.
     */
    private int checks;
    /**
     * The listed versions as written, then parsed, sorted and distinct, made on the second
     * check. Racy but safe: any thread may build them, every build is the same.
     */
    private volatile Set<String> listed;
    private volatile Object[] listedParsed;

    private PreparedEntry(IndexedAffected entry, List<PreparedRange<?>> ranges,
            VersionScheme<?> listScheme, ParsedVersions parsed) {
        this.entry = entry;
        this.ranges = ranges;
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

    /**
     * The listed versions that parse, sorted by the scheme with equal ones kept once, so that
     * a version not listed as written is looked up by binary search: lists of several hundred
     * versions are common (osv.dev enumerates every release in a range).
     */
    private static <V extends Comparable<V>> Object[] parseListed(VersionScheme<V> scheme,
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
        readable.sort(null);
        List<V> distinct = new ArrayList<>(readable.size());
        for (V version : readable) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).compareTo(version) != 0) {
                distinct.add(version);
            }
        }
        return distinct.toArray();
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
        boolean walk = checks++ == 0;
        Set<String> text = walk ? null : listed;
        if (!walk && text == null) {
            text = new HashSet<>(entry.versions());
            listed = text;
        }
        return (walk ? entry.versions().contains(version.text())
                : text.contains(version.text()))
                || listScheme != null && listedByScheme(listScheme, version, walk);
    }

    /** Equality by scheme: walking the list as written, or bisecting its parsed versions. */
    private <V extends Comparable<V>> boolean listedByScheme(VersionScheme<V> scheme,
            InstalledVersion version, boolean walk) {
        V installed;
        try {
            installed = version.parse(scheme);
        } catch (InvalidVersionException e) {
            return false;
        }
        if (!walk) {
            return Arrays.binarySearch(listedParsed(scheme), installed) >= 0;
        }
        for (String text : entry.versions()) {
            try {
                if (parsed.parse(scheme, text).compareTo(installed) == 0) {
                    return true;
                }
            } catch (InvalidVersionException e) {
                // an unreadable listed version cannot equal a readable one
            }
        }
        return false;
    }

    /** The listed versions that parse under {@code scheme}, sorted and distinct. */
    Object[] listedParsed(VersionScheme<?> scheme) {
        Object[] readable = listedParsed;
        if (readable == null) {
            readable = parseListed(scheme, entry.versions(), parsed);
            listedParsed = readable;
        }
        return readable;
    }

    /** The scheme of the explicit versions list; null when the entry has none or none fits. */
    VersionScheme<?> listScheme() {
        return listScheme;
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

        /**
         * The range as the explain trace names it: {@code ECOSYSTEM [introduced=0]}. Made on
         * demand: only ranges that affect a package, or cannot be read, are ever named.
         */
        String text() {
            return range.type() + " " + range.events();
        }
    }
}
