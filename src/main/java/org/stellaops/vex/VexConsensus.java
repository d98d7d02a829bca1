// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the VEX statements of many issuers into one status per finding (docs/vex.md).
 *
 * <ol>
 *   <li>A statement applies to a finding when it names the finding's id or one of its aliases
 *       (or the finding names the statement's id among its aliases) and its products cover the
 *       finding's package ({@link ProductMatcher}).</li>
 *   <li>Each issuer has one live claim per finding: its latest statement; earlier ones are
 *       superseded. Claims of one issuer at the same latest time that disagree are
 *       contradictory: the most conservative is kept and a warning says so.</li>
 *   <li>Live claims are weighed ({@link StatementWeights}); the heaviest wins. Ties break, in
 *       order, by the more conservative status (affected, under_investigation, fixed,
 *       not_affected), the later timestamp, the issuer's name, then the statement's origin.</li>
 * </ol>
 * A pure function of its inputs and the reference time: the same statements, findings and
 * reference time give the same assessment, whatever order the documents were loaded in (input
 * order decides nothing but the order unmatched statements are listed in).
 */
public final class VexConsensus {

    /** Findings worth a chunk of their own when a consensus is split over workers. */
    private static final int MIN_CHUNK = 256;

    private final VexTrust trust;
    private final Map<String, String> issuerKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public VexConsensus(VexTrust trust) {
        this.trust = trust;
    }

    public VexAssessment assess(List<VexStatement> statements, List<VexTarget> targets,
            ScanSubject subject, Instant referenceTime) {
        return assess(statements, targets, subject, referenceTime, null);
    }

    /**
     * As {@link #assess(List, List, ScanSubject, Instant)}, the findings split over
     * {@code workers} (null for none) for large scans; the result is the same either way.
     */
    public VexAssessment assess(List<VexStatement> statements, List<VexTarget> targets,
            ScanSubject subject, Instant referenceTime, java.util.concurrent.Executor workers) {
        Map<String, List<Integer>> byId = indexByVulnerability(statements);
        List<ConsensusPass> passes = org.stellaops.work.Chunks.run(targets.size(), MIN_CHUNK,
                workers, (from, to) -> {
                    ConsensusPass pass = new ConsensusPass(this, statements, byId, subject,
                            new StatementWeights(trust, referenceTime));
                    for (VexTarget target : targets.subList(from, to)) {
                        pass.assess(target);
                    }
                    return pass;
                });
        List<VexOutcome> outcomes = new ArrayList<>(targets.size());
        boolean[] applied = new boolean[statements.size()];
        Set<String> idsFound = new java.util.HashSet<>();
        Map<String, VexWarning> warnings = new TreeMap<>();
        for (ConsensusPass pass : passes) {
            outcomes.addAll(pass.outcomes);
            for (int i = 0; i < applied.length; i++) {
                applied[i] |= pass.applied[i];
            }
            idsFound.addAll(pass.idsFound);
            pass.warnings.forEach(warnings::putIfAbsent);
        }
        return new VexAssessment(outcomes, unmatchedOf(statements, applied, idsFound),
                new ArrayList<>(warnings.values()));
    }

    private static Map<String, List<Integer>> indexByVulnerability(List<VexStatement> all) {
        Map<String, List<Integer>> byId = new HashMap<>(2 * all.size());
        for (int i = 0; i < all.size(); i++) {
            VexStatement statement = all.get(i);
            index(byId, normal(statement.vulnerability()), i);
            List<String> aliases = statement.aliases();
            for (int a = 0; a < aliases.size(); a++) {
                index(byId, normal(aliases.get(a)), i);
            }
        }
        return byId;
    }

    /** Adds a statement under an id once, though it may name the id twice. */
    private static void index(Map<String, List<Integer>> byId, String id, int statement) {
        List<Integer> indexes = byId.computeIfAbsent(id, k -> new ArrayList<>(2));
        if (indexes.isEmpty() || indexes.get(indexes.size() - 1) != statement) {
            indexes.add(statement);
        }
    }

    /** Statement indexes naming any id of the finding, ascending and each once. */
    static List<Integer> candidatesOf(VexTarget target, Map<String, List<Integer>> byId,
            Set<String> idsFound) {
        List<Integer> first = found(target.id(), byId, idsFound);
        Set<Integer> union = null;
        List<String> aliases = target.aliases();
        for (int a = 0; a < aliases.size(); a++) {
            List<Integer> more = found(aliases.get(a), byId, idsFound);
            if (more == null) {
                continue;
            }
            if (first == null) {
                first = more;
            } else {
                // a second id with statements, rare: merge as a sorted set
                if (union == null) {
                    union = new java.util.TreeSet<>(first);
                }
                union.addAll(more);
            }
        }
        // one id's list is ascending and free of repeats already (see index)
        return union != null ? new ArrayList<>(union) : first != null ? first : List.of();
    }

    private static List<Integer> found(String id, Map<String, List<Integer>> byId,
            Set<String> idsFound) {
        String normal = normal(id);
        List<Integer> indexes = byId.get(normal);
        if (indexes != null) {
            idsFound.add(normal);
        }
        return indexes;
    }

    VexOutcome decide(VexTarget target, List<WeighedStatement> applicable,
            Map<String, VexWarning> warnings) {
        Map<String, List<WeighedStatement>> byIssuer = new LinkedHashMap<>();
        for (WeighedStatement weighed : applicable) {
            byIssuer.computeIfAbsent(issuerKey(weighed.statement().issuer()),
                    k -> new ArrayList<>()).add(weighed);
        }
        List<WeighedStatement> live = new ArrayList<>();
        List<WeighedStatement> retired = new ArrayList<>();
        for (List<WeighedStatement> claims : byIssuer.values()) {
            claims.sort(TIE_ORDER);
            Instant latest = latestOf(claims);
            List<WeighedStatement> current = new ArrayList<>();
            for (WeighedStatement claim : claims) {
                if (java.util.Objects.equals(instantOf(claim), latest)) {
                    current.add(claim);
                } else {
                    retired.add(claim.withRole(WeighedStatement.SUPERSEDED));
                }
            }
            // TIE_ORDER puts the most conservative first
            live.add(current.get(0));
            for (WeighedStatement other : current.subList(1, current.size())) {
                boolean same = other.statement().status() == current.get(0).statement().status();
                retired.add(other.withRole(same ? WeighedStatement.DUPLICATE
                        : WeighedStatement.CONTRADICTED));
                if (!same) {
                    warnContradiction(target, current.get(0), other, warnings);
                }
            }
        }
        live.sort(Comparator.comparingDouble(WeighedStatement::weight).reversed()
                .thenComparing(TIE_ORDER));
        WeighedStatement winner = live.get(0).withRole(WeighedStatement.WON);
        List<WeighedStatement> considered = new ArrayList<>();
        considered.add(winner);
        considered.addAll(live.subList(1, live.size()));
        retired.sort(TIE_ORDER);
        considered.addAll(retired);
        return new VexOutcome(winner.statement().status(), winner, considered);
    }

    /** More conservative status first, then later timestamp, then issuer, then origin. */
    static final Comparator<WeighedStatement> TIE_ORDER = Comparator
            .<WeighedStatement, VexStatus>comparing(w -> w.statement().status())
            .reversed()
            .thenComparing(VexConsensus::instantOf,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(w -> w.statement().issuer())
            .thenComparing(w -> w.statement().source().toString());

    private static void warnContradiction(VexTarget target, WeighedStatement kept,
            WeighedStatement other, Map<String, VexWarning> warnings) {
        VexStatement a = kept.statement();
        VexStatement b = other.statement();
        String key = normal(a.issuer()) + " " + a.vulnerability() + " " + target.purl();
        warnings.putIfAbsent(key, new VexWarning(b.source(), "contradictory-statements",
                a.issuer() + " states both " + a.status().wire() + " (" + a.source() + ") and "
                        + b.status().wire() + " (" + b.source() + ") for " + a.vulnerability()
                        + " in " + target.purl() + " at the same time; " + a.status().wire()
                        + " is kept as the more conservative"));
    }

    private static List<UnmatchedStatement> unmatchedOf(List<VexStatement> statements,
            boolean[] applied, Set<String> idsFound) {
        List<UnmatchedStatement> unmatched = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (applied[i]) {
                continue;
            }
            VexStatement statement = statements.get(i);
            boolean idFound = idsOf(statement).stream().anyMatch(idsFound::contains);
            unmatched.add(new UnmatchedStatement(statement, idFound
                    ? statement.vulnerability() + " is found, but in no product this "
                            + "statement names"
                    : "no finding of " + statement.vulnerability() + " in this scan"));
        }
        return unmatched;
    }

    private static Set<String> idsOf(VexStatement statement) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(normal(statement.vulnerability()));
        statement.aliases().forEach(alias -> ids.add(normal(alias)));
        return ids;
    }

    /** The latest timestamp among the claims; null when none is dated. */
    private static Instant latestOf(List<WeighedStatement> claims) {
        Instant latest = null;
        for (WeighedStatement claim : claims) {
            Instant time = instantOf(claim);
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }

    private static Instant instantOf(WeighedStatement weighed) {
        return weighed.time();
    }

    /** Issuers repeat across findings: each normalised once per consensus. */
    private String issuerKey(String issuer) {
        return issuerKeys.computeIfAbsent(issuer, VexConsensus::normal);
    }

    /** Vulnerability ids and issuers compare case-insensitively, without outer spaces. */
    private static String normal(String text) {
        if (text == null) {
            return "";
        }
        // most ids are upper case already: skip the copies strip and toUpperCase would make
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) || Character.isWhitespace(c) || c > 127) {
                return text.strip().toUpperCase(Locale.ROOT);
            }
        }
        return text;
    }
}
