// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.db.IndexedAffected;
import org.stellaops.feed.OsvEvent;
import org.stellaops.feed.OsvRange;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;
import org.stellaops.version.VersionSchemes;

/**
 * Evaluates the ranges and versions of one affected[] entry against an installed version,
 * following the OSV specification: events are sorted by the range's version scheme (with
 * {@code introduced: "0"} first), the last event at or below the version decides,
 * {@code last_affected} is inclusive, and a {@code limit} caps the range. Several ranges and the
 * explicit versions list are alternatives: any one that says affected makes the entry affected.
 * GIT ranges name commits and are skipped.
 */
final class RangeEvaluator {

    private RangeEvaluator() {
    }

    static List<RangeVerdict> evaluate(IndexedAffected entry, String version) {
        return evaluate(entry, version, ParsedVersions.NONE);
    }

    /** As {@link #evaluate(IndexedAffected, String)}, parsing versions through {@code parsed}. */
    static List<RangeVerdict> evaluate(IndexedAffected entry, String version,
            ParsedVersions parsed) {
        List<RangeVerdict> verdicts = new ArrayList<>();
        if (!entry.versions().isEmpty()) {
            verdicts.add(VersionsListCheck.check(entry, version, parsed));
        }
        for (OsvRange range : entry.ranges()) {
            if (range.isGit()) {
                continue;
            }
            VersionScheme<?> scheme = VersionSchemes.forRangeType(range.type(), entry.ecosystem());
            if (scheme == null) {
                verdicts.add(new RangeVerdict(Outcome.UNKNOWN, range,
                        "no version ordering for " + range.type() + " ranges of "
                                + entry.ecosystem(), List.of()));
                continue;
            }
            verdicts.add(evaluateRange(scheme, range, version, parsed));
        }
        return verdicts;
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

    private static <V extends Comparable<V>> RangeVerdict evaluateRange(
            VersionScheme<V> scheme, OsvRange range, String version, ParsedVersions parsed) {
        V installed;
        try {
            installed = parsed.parse(scheme, version);
        } catch (InvalidVersionException e) {
            return new RangeVerdict(Outcome.UNKNOWN, range, e.getMessage(), List.of());
        }
        List<SortedEvent<V>> events;
        try {
            events = SortedEvent.sort(scheme, range.events(), parsed);
        } catch (InvalidVersionException e) {
            return new RangeVerdict(Outcome.UNKNOWN, range,
                    "advisory range unreadable: " + e.getMessage(), List.of());
        }
        return decide(installed, version, events, range);
    }

    /** Walks the sorted events; the reason names the last event that changed the verdict. */
    private static <V extends Comparable<V>> RangeVerdict decide(
            V installed, String version, List<SortedEvent<V>> events, OsvRange range) {
        boolean affected = false;
        SortedEvent<V> deciding = null;
        List<String> fixedAbove = new ArrayList<>();
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
            return new RangeVerdict(Outcome.NOT_AFFECTED, range,
                    "at or above the range's limit", List.of());
        }
        Outcome outcome = affected ? Outcome.AFFECTED : Outcome.NOT_AFFECTED;
        return new RangeVerdict(outcome, range, reasonOf(deciding, version),
                affected ? fixedAbove : List.of());
    }

    private static String reasonOf(SortedEvent<?> deciding, String version) {
        if (deciding == null) {
            return "no introduced event at or below " + version;
        }
        switch (deciding.kind()) {
            case INTRODUCED:
                return "introduced " + deciding.text() + " <= " + version;
            case FIXED:
                return "fixed " + deciding.text() + " <= " + version;
            default:
                return "last_affected " + deciding.text() + " < " + version;
        }
    }
}
