// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The consensus over one run of findings, with the state that run builds up: statements
 * prepared on first use, purls parsed once, which statements applied, which vulnerability ids
 * were found, the warnings. Not thread-safe: each chunk of a split consensus has its own, and
 * {@link VexConsensus} merges them in chunk order.
 */
final class ConsensusPass {

    final List<VexOutcome> outcomes = new ArrayList<>();
    final boolean[] applied;
    final Set<String> idsFound = new HashSet<>();
    final Map<String, VexWarning> warnings = new TreeMap<>();

    private final VexConsensus consensus;
    private final List<VexStatement> statements;
    private final Map<String, List<Integer>> byId;
    private final ScanSubject subject;
    private final StatementWeights weights;
    // prepared on first use: most statements of a large VEX set name no finding of a scan
    private final ProductMatcher[] matchers;
    private final Instant[] times;
    private final Map<String, ParsedPurl> parsed = new HashMap<>();
    private final Function<String, ParsedPurl> purls = this::purlOf;

    ConsensusPass(VexConsensus consensus, List<VexStatement> statements,
            Map<String, List<Integer>> byId, ScanSubject subject, StatementWeights weights) {
        this.consensus = consensus;
        this.statements = statements;
        this.byId = byId;
        this.subject = subject;
        this.weights = weights;
        this.matchers = new ProductMatcher[statements.size()];
        this.times = new Instant[statements.size()];
        this.applied = new boolean[statements.size()];
    }

    void assess(VexTarget target) {
        List<Integer> candidates = VexConsensus.candidatesOf(target, byId, idsFound);
        if (candidates.isEmpty()) {
            outcomes.add(VexOutcome.NONE);
            return;
        }
        ProductMatcher.PackageView pkg = ProductMatcher.PackageView.of(target, purls);
        List<WeighedStatement> applicable = new ArrayList<>();
        for (int index : candidates) {
            if (matchers[index] == null) {
                matchers[index] = new ProductMatcher(statements.get(index).products(), purls);
                times[index] = StatementWeights.instantOf(statements.get(index).timestamp());
            }
            String match = matchers[index].match(pkg, subject);
            if (match != null) {
                applied[index] = true;
                applicable.add(weights.weigh(statements.get(index), times[index], match));
            }
        }
        outcomes.add(applicable.isEmpty() ? VexOutcome.NONE
                : consensus.decide(target, applicable, warnings));
    }

    /** The same purls recur across statements and findings: each is parsed once. */
    private ParsedPurl purlOf(String purl) {
        ParsedPurl known = parsed.get(purl);
        if (known == null && !parsed.containsKey(purl)) {
            known = ParsedPurl.parse(purl);
            parsed.put(purl, known);
        }
        return known;
    }
}
