// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.db.IndexedAffected;
import org.stellaops.version.InvalidVersionException;

/**
 * Evaluates the ranges and versions of one affected[] entry against an installed version,
 * following the OSV specification: events are sorted by the range's version scheme (with
 * {@code introduced: "0"} first), the last event at or below the version decides,
 * {@code last_affected} is inclusive, and a {@code limit} caps the range. Several ranges and the
 * explicit versions list are alternatives: any one that says affected makes the entry affected.
 * GIT ranges name commits and are skipped.
 */
final class RangeEvaluator {

    private static final String NO_INTRODUCED = "no introduced event at or below ";

    private RangeEvaluator() {
    }

    static List<RangeVerdict> evaluate(IndexedAffected entry, String version) {
        return evaluate(entry, version, ParsedVersions.NONE);
    }

    /** As {@link #evaluate(IndexedAffected, String)}, parsing versions through {@code parsed}. */
    static List<RangeVerdict> evaluate(IndexedAffected entry, String version,
            ParsedVersions parsed) {
        return evaluate(PreparedEntry.prepare(entry, parsed), version, parsed);
    }

    /** As {@link #evaluate(IndexedAffected, String)}, over an entry already prepared. */
    static List<RangeVerdict> evaluate(PreparedEntry entry, String version,
            ParsedVersions parsed) {
        return evaluate(entry, new InstalledVersion(version, parsed));
    }

    /** As {@link #evaluate(IndexedAffected, String)}, for a version that parses once. */
    static List<RangeVerdict> evaluate(PreparedEntry entry, InstalledVersion version) {
        List<RangeVerdict> verdicts = new ArrayList<>(entry.ranges().size() + 1);
        if (entry.hasVersionsList()) {
            verdicts.add(VersionsListCheck.check(entry, version));
        }
        for (PreparedEntry.PreparedRange<?> range : entry.ranges()) {
            verdicts.add(range.scheme() == null
                    ? unordered(entry, range) : evaluateRange(range, version, false));
        }
        return verdicts;
    }

    /**
     * The verdicts a scan needs: those other than not affected, in the order of
     * {@link #evaluate(PreparedEntry, InstalledVersion)}, which they equal. Most ranges a
     * package meets do not affect it, and this allocates nothing for them.
     */
    static List<RangeVerdict> evaluateForScan(PreparedEntry entry, InstalledVersion version) {
        List<RangeVerdict> verdicts = null;
        if (entry.hasVersionsList() && entry.lists(version)) {
            verdicts = new ArrayList<>(2);
            verdicts.add(VersionsListCheck.affected(version));
        }
        for (PreparedEntry.PreparedRange<?> range : entry.ranges()) {
            RangeVerdict verdict = range.scheme() == null
                    ? unordered(entry, range) : evaluateRange(range, version, true);
            if (verdict != null) {
                verdicts = verdicts == null ? new ArrayList<>(2) : verdicts;
                verdicts.add(verdict);
            }
        }
        return verdicts == null ? List.of() : verdicts;
    }

    private static RangeVerdict unordered(PreparedEntry entry,
            PreparedEntry.PreparedRange<?> range) {
        return RangeVerdict.of(Outcome.UNKNOWN, range.text(), "no version ordering for "
                + range.range().type() + " ranges of " + entry.entry().ecosystem());
    }

    /** The combined outcome: affected if any verdict is, else unknown if any is, else not. */
    static Outcome combine(List<RangeVerdict> verdicts) {
        Outcome combined = Outcome.NOT_AFFECTED;
        for (RangeVerdict verdict : verdicts) {
            if (verdict.outcome() == Outcome.AFFECTED) {
                return Outcome.AFFECTED;
            }
            if (verdict.outcome() == Outcome.UNKNOWN) {
                combined = Outcome.UNKNOWN;
            }
        }
        return combined;
    }

    /** One range's verdict; with {@code lean}, null instead of a not-affected verdict. */
    private static <V extends Comparable<V>> RangeVerdict evaluateRange(
            PreparedEntry.PreparedRange<V> prepared, InstalledVersion version, boolean lean) {
        V installed;
        try {
            installed = version.parse(prepared.scheme());
        } catch (InvalidVersionException e) {
            return RangeVerdict.of(Outcome.UNKNOWN, prepared.text(), e.getMessage());
        }
        if (prepared.unreadable() != null) {
            return RangeVerdict.of(Outcome.UNKNOWN, prepared.text(),
                    "advisory range unreadable: " + prepared.unreadable().getMessage());
        }
        return decide(installed, version.text(), prepared, lean);
    }

    /** Walks the sorted events; the reason names the last event that changed the verdict. */
    private static <V extends Comparable<V>> RangeVerdict decide(
            V installed, String version, PreparedEntry.PreparedRange<V> range, boolean lean) {
        List<SortedEvent<V>> events = range.events();
        boolean affected = false;
        SortedEvent<V> deciding = null;
        List<String> fixedAbove = null;
        V limit = null;
        for (SortedEvent<V> event : events) {
            switch (event.kind()) {
                case INTRODUCED:
                    if (event.isZero() || installed.compareTo(event.version()) >= 0) {
                        affected = true;
                        deciding = event;
                    }
                    break;
                case FIXED:
                    if (installed.compareTo(event.version()) >= 0) {
                        affected = false;
                        deciding = event;
                    } else {
                        fixedAbove = fixedAbove == null ? new ArrayList<>(2) : fixedAbove;
                        fixedAbove.add(event.text());
                    }
                    break;
                case LAST_AFFECTED:
                    if (installed.compareTo(event.version()) > 0) {
                        affected = false;
                        deciding = event;
                    }
                    break;
                case LIMIT:
                    limit = limit == null || event.version().compareTo(limit) > 0
                            ? event.version() : limit;
                    break;
                default:
                    break;
            }
        }
        if (affected && limit != null && installed.compareTo(limit) >= 0) {
            return lean ? null
                    : RangeVerdict.of(Outcome.NOT_AFFECTED, range.text(),
                            "at or above the range's limit");
        }
        if (lean && !affected) {
            return null;
        }
        Outcome outcome = affected ? Outcome.AFFECTED : Outcome.NOT_AFFECTED;
        // the installed version ends every reason: "introduced 1.0 <= 1.2"
        String before = deciding == null ? NO_INTRODUCED : deciding.reasonBefore();
        return new RangeVerdict(outcome, range.text(), version, before, "",
                affected && fixedAbove != null ? fixedAbove : List.of());
    }
}
