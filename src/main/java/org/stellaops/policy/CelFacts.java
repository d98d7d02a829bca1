// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.List;

/**
 * One finding's values as CEL sees them, in typed fields for the compiled fast path
 * ({@link FastCompiler}): the same values, under the same conventions, as the maps of
 * {@link CelVariables} ({@code ""} for a missing text, {@code -1.0} for no score, {@code -1}
 * for an unknown age), except that an unknown {@code published} is null here where the map
 * leaves the key out. A rule reads {@code finding}, {@code pkg} and {@code vex} from one
 * instance; a gate's {@code findings} element is one instance with {@code action} and
 * {@code rule} filled in.
 */
record CelFacts(
        String id,
        List<String> aliases,
        String severity,
        double score,
        String vector,
        List<String> fixed,
        boolean fixAvailable,
        Instant published,
        long ageDays,
        long fixAgeDays,
        String purl,
        String name,
        String ecosystem,
        String version,
        List<String> layers,
        String vexStatus,
        String vexJustification,
        String vexIssuer,
        String action,
        String rule) {

    /** The values a rule sees; {@code action} and {@code rule} are empty. */
    static CelFacts forRule(Subject subject) {
        return of(subject, "", "");
    }

    /** A gate's view of the finding, with the policy's decision so far. */
    static CelFacts forGate(Subject subject, PolicyDecision decision) {
        return of(subject, decision.action() == null ? "" : decision.action().wire(),
                text(decision.rule()));
    }

    private static CelFacts of(Subject subject, String action, String rule) {
        FindingFacts facts = subject.facts;
        long age = subject.ageDays();
        return new CelFacts(text(facts.id()), facts.aliases(),
                SeverityCondition.name(subject.severity),
                facts.score() == null ? -1.0 : facts.score(), text(facts.vector()),
                facts.fixedVersions(), subject.fixAvailable, subject.published, age,
                subject.fixAvailable ? age : -1L, text(facts.purl()), text(facts.packageName()),
                text(facts.ecosystem()), text(facts.version()), facts.layers(),
                text(facts.vexStatus()), text(facts.vexJustification()), text(facts.vexIssuer()),
                action, rule);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
