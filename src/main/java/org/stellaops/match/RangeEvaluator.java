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
        List<RangeVerdict> verdicts = new ArrayList<>();
        if (!entry.versions().isEmpty()) {
            verdicts.add(VersionsListCheck.check(entry, version));
        }
        for (OsvRange range : entry.ranges()) {
            if (range.isGit()) {
                continue;
            }
            VersionScheme<?> scheme = VersionSchemes.forRangeType(range.type(), entry.ecosystem());
            if (scheme == null) {
                verdicts.add(new RangeVerdict(Outcome.UNKNOWN, describe(range),
                        "no version ordering for " + range.type() + " ranges of "
                                + entry.ecosystem(), List.of()));
                continue;
            }
            verdicts.add(evaluateRange(scheme, range, version));
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
            VersionScheme<V> scheme, OsvRange range, String version) {
        String described = describe(range);
        V installed;
        try {
            installed = scheme.parse(version);
        } catch (InvalidVersionException e) {
            return new RangeVerdict(Outcome.UNKNOWN, described, e.getMessage(), List.of());
        }
        List<SortedEvent<V>> events;
        try {
            events = SortedEvent.sort(scheme, range.events());
        } catch (InvalidVersionException e) {
            return new RangeVerdict(Outcome.UNKNOWN, described,
                    "advisory range unreadable: " + e.getMessage(), List.of());
        }
        return decide(installed, version, events, described);
    }

    private static <V extends Comparable<V>> RangeVerdict decide(
            V installed, String version, List<SortedEvent<V>> events, String described) {
        boolean affected = false;
        String because = "no introduced event at or below " + version;
        List<String> fixedAbove = new ArrayList<>();
        V limit = null;
        for (SortedEvent<V> event : events) {
            switch (event.kind()) {
                case INTRODUCED:
                    if (event.isZero() || installed.compareTo(event.version()) >= 0) {
                        affected = true;
                        because = "introduced " + event.text() + " <= " + version;
                    }
                    break;
                case FIXED:
                    if (installed.compareTo(event.version()) >= 0) {
                        affected = false;
                        because = "fixed " + event.text() + " <= " + version;
                    } else {
                        fixedAbove.add(event.text());
                    }
                    break;
                case LAST_AFFECTED:
                    if (installed.compareTo(event.version()) > 0) {
                        affected = false;
                        because = "last_affected " + event.text() + " < " + version;
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
            return new RangeVerdict(Outcome.NOT_AFFECTED, described,
                    "at or above the range's limit", List.of());
        }
        Outcome outcome = affected ? Outcome.AFFECTED : Outcome.NOT_AFFECTED;
        return new RangeVerdict(outcome, described, because, affected ? fixedAbove : List.of());
    }

    static String describe(OsvRange range) {
        return range.type() + " " + range.events();
    }
}
