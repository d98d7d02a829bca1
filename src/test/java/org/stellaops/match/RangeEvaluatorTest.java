// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.match.Outcome.AFFECTED;
import static org.stellaops.match.Outcome.NOT_AFFECTED;
import static org.stellaops.match.Outcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.db.IndexedAffected;
import org.stellaops.feed.OsvEvent;
import org.stellaops.feed.OsvRange;

/** OSV range semantics, as the specification's evaluation section states them. */
class RangeEvaluatorTest {

    @Test
    void introducedZeroAffectsEverythingBelowTheFix() {
        IndexedAffected entry = entry("PyPI", range("ECOSYSTEM", "introduced=0", "fixed=2.0"));

        assertThat(outcome(entry, "0.0.1")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "1.9.9")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "2.0")).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void fixedIsExclusive() {
        IndexedAffected entry = entry("npm", range("SEMVER", "introduced=1.0.0", "fixed=2.0.0"));

        assertThat(outcome(entry, "0.9.0")).isEqualTo(NOT_AFFECTED);
        assertThat(outcome(entry, "1.0.0")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "1.99.0")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "2.0.0")).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void lastAffectedIsInclusive() {
        IndexedAffected entry =
                entry("Maven", range("ECOSYSTEM", "introduced=0", "last_affected=2.1.214"));

        assertThat(outcome(entry, "2.1.214")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "2.1.215")).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void limitCapsTheRangeExclusively() {
        IndexedAffected entry = entry("npm", range("SEMVER", "introduced=1.0.0", "limit=2.0.0"));

        assertThat(outcome(entry, "1.5.0")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "2.0.0")).isEqualTo(NOT_AFFECTED);
        assertThat(RangeEvaluator.evaluate(entry, "3.0.0").get(0).reason()).contains("limit");
    }

    @Test
    void severalLimitsLetThroughWhatIsBelowAnyOfThem() {
        IndexedAffected entry = entry("npm",
                range("SEMVER", "introduced=1.0.0", "limit=1.5.0", "limit=2.0.0"));

        assertThat(outcome(entry, "1.7.0")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "2.0.0")).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void limitStarMeansNoLimit() {
        IndexedAffected entry = entry("npm", range("SEMVER", "introduced=1.0.0", "limit=*"));

        assertThat(outcome(entry, "99.0.0")).isEqualTo(AFFECTED);
    }

    @Test
    void limitStarBesideAnotherLimitStillMeansNoLimit() {
        // BeforeLimits in the spec: a version below any limit passes, and nothing is above "*"
        IndexedAffected entry = entry("npm",
                range("SEMVER", "introduced=1.0.0", "limit=2.0.0", "limit=*"));

        assertThat(outcome(entry, "3.0.0")).isEqualTo(AFFECTED);
    }

    @Test
    void severalIntroducedFixedPairsInOneRange() {
        IndexedAffected entry = entry("npm", range("SEMVER",
                "introduced=1.0.0", "fixed=1.0.2", "introduced=3.0.0", "fixed=3.2.5"));

        assertThat(outcome(entry, "1.0.1")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "1.0.2")).isEqualTo(NOT_AFFECTED);
        assertThat(outcome(entry, "2.5.0")).isEqualTo(NOT_AFFECTED);
        assertThat(outcome(entry, "3.0.0")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "3.2.5")).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void anyAffectedRangeMakesTheEntryAffected() {
        IndexedAffected entry = entry("PyPI",
                range("ECOSYSTEM", "introduced=0", "fixed=1.0"),
                range("ECOSYSTEM", "introduced=2.0", "fixed=2.5"));

        List<RangeVerdict> verdicts = RangeEvaluator.evaluate(entry, "2.1");

        assertThat(verdicts).extracting(RangeVerdict::outcome)
                .containsExactly(NOT_AFFECTED, AFFECTED);
        assertThat(RangeEvaluator.combine(verdicts)).isEqualTo(AFFECTED);
    }

    @Test
    void eventsAreSortedByTheSchemeNotByTheirText() {
        // listed in text order, which puts 1.10.0 before 1.2.0; walked that way, 1.10.5 would
        // end on "fixed 1.9.0" and come out unaffected
        IndexedAffected entry = entry("npm", range("SEMVER",
                "introduced=1.10.0", "fixed=1.11.0", "introduced=1.2.0", "fixed=1.9.0"));

        assertThat(outcome(entry, "1.10.5")).isEqualTo(AFFECTED);
        assertThat(outcome(entry, "1.9.5")).isEqualTo(NOT_AFFECTED);
        assertThat(outcome(entry, "1.3.0")).isEqualTo(AFFECTED);
    }

    @Test
    void gitRangesAreSkipped() {
        IndexedAffected entry = entry("PyPI",
                range("GIT", "introduced=0", "fixed=74ea7cf7a6a27a4eeb2ae24e162bcc942a6706d5"),
                range("ECOSYSTEM", "introduced=2.3.0", "fixed=2.31.0"));

        List<RangeVerdict> verdicts = RangeEvaluator.evaluate(entry, "2.31.0");

        assertThat(verdicts).singleElement()
                .satisfies(v -> assertThat(v.range()).startsWith("ECOSYSTEM"))
                .extracting(RangeVerdict::outcome).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void onlyGitRangesGiveNoVerdictAndNoFinding() {
        IndexedAffected entry = entry("PyPI", range("GIT", "introduced=0", "fixed=abc123"));

        assertThat(RangeEvaluator.evaluate(entry, "1.0")).isEmpty();
        assertThat(RangeEvaluator.combine(List.of())).isEqualTo(NOT_AFFECTED);
    }

    @Test
    void emptyFixedIsIgnored() {
        // GHSA-25v4-mcx4-hh35 publishes {"introduced": "0.0.0"}, {"fixed": ""}
        IndexedAffected entry = entry("npm", range("ECOSYSTEM", "introduced=0.0.0", "fixed="));

        RangeVerdict verdict = RangeEvaluator.evaluate(entry, "5.0.0").get(0);

        assertThat(verdict.outcome()).isEqualTo(AFFECTED);
        assertThat(verdict.fixed()).isEmpty();
    }

    @Test
    void unparseableInstalledVersionIsUnknownWithAReason() {
        IndexedAffected entry = entry("npm", range("SEMVER", "introduced=0", "fixed=1.2.3"));

        RangeVerdict verdict = RangeEvaluator.evaluate(entry, "not a version").get(0);

        assertThat(verdict.outcome()).isEqualTo(UNKNOWN);
        assertThat(verdict.reason()).contains("not a version");
    }

    @Test
    void unparseableEventVersionIsUnknown() {
        IndexedAffected entry = entry("npm", range("SEMVER", "introduced=0", "fixed=banana"));

        RangeVerdict verdict = RangeEvaluator.evaluate(entry, "1.0.0").get(0);

        assertThat(verdict.outcome()).isEqualTo(UNKNOWN);
        assertThat(verdict.reason()).startsWith("advisory range unreadable").contains("banana");
    }

    @Test
    void ecosystemWithoutVersionSchemeIsUnknown() {
        IndexedAffected entry = entry("Hackage", range("ECOSYSTEM", "introduced=0", "fixed=1.2"));

        RangeVerdict verdict = RangeEvaluator.evaluate(entry, "1.0").get(0);

        assertThat(verdict.outcome()).isEqualTo(UNKNOWN);
        assertThat(verdict.reason()).contains("Hackage");
    }

    @Test
    void unknownNeverHidesAnAffectedRange() {
        IndexedAffected entry = entry("npm",
                range("SEMVER", "introduced=0", "fixed=banana"),
                range("SEMVER", "introduced=0", "fixed=2.0.0"));

        List<RangeVerdict> verdicts = RangeEvaluator.evaluate(entry, "1.0.0");

        assertThat(RangeEvaluator.combine(verdicts)).isEqualTo(AFFECTED);
        assertThat(RangeEvaluator.combine(verdicts.subList(0, 1))).isEqualTo(UNKNOWN);
    }

    @Test
    void fixedVersionsListedAreThoseAboveTheInstalledVersion() {
        IndexedAffected entry = entry("PyPI", range("ECOSYSTEM",
                "introduced=0", "fixed=1.0", "introduced=1.5", "fixed=2.0",
                "introduced=2.5", "fixed=3.0"));

        RangeVerdict verdict = RangeEvaluator.evaluate(entry, "1.6").get(0);

        assertThat(verdict.outcome()).isEqualTo(AFFECTED);
        assertThat(verdict.fixed()).containsExactly("2.0", "3.0");
    }

    @Test
    void explicitVersionsListCountsBesideTheRanges() {
        IndexedAffected entry = new IndexedAffected(0, "PyPI", "demo",
                List.of(range("ECOSYSTEM", "introduced=1.0", "fixed=2.0")), List.of("0.5"));

        List<RangeVerdict> verdicts = RangeEvaluator.evaluate(entry, "0.5");

        assertThat(verdicts).extracting(RangeVerdict::range)
                .containsExactly("versions", "ECOSYSTEM [introduced=1.0, fixed=2.0]");
        assertThat(RangeEvaluator.combine(verdicts)).isEqualTo(AFFECTED);
    }

    static Outcome outcome(IndexedAffected entry, String version) {
        return RangeEvaluator.combine(RangeEvaluator.evaluate(entry, version));
    }

    static IndexedAffected entry(String ecosystem, OsvRange... ranges) {
        return new IndexedAffected(0, ecosystem, "demo", List.of(ranges), List.of());
    }

    /** A range from events written {@code kind=version}, e.g. {@code introduced=0}. */
    static OsvRange range(String type, String... events) {
        List<OsvEvent> parsed = new ArrayList<>();
        for (String event : events) {
            int eq = event.indexOf('=');
            parsed.add(new OsvEvent(OsvEvent.Kind.ofField(event.substring(0, eq)),
                    event.substring(eq + 1)));
        }
        return new OsvRange(type, type.equals("GIT") ? "https://example.org/repo" : null, parsed);
    }
}
