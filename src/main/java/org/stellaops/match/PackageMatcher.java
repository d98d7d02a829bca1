// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.stellaops.db.AdvisoryMeta;
import org.stellaops.db.IndexedAffected;
import org.stellaops.db.Snapshot;
import org.stellaops.ecosystem.Ecosystem;

/**
 * Matches packages against one snapshot. Its only state besides the snapshot is the JVM-wide,
 * bounded, thread-safe cache of parsed versions ({@link ParsedVersions#SHARED}), so one
 * instance serves any number of threads and matching gets faster as the process lives on.
 *
 * <p>{@link #match(String)} records the explain trace of every range evaluated, as
 * {@code stella advisories} prints it; {@link #matchFindings(String)} skips that trace and
 * decodes an advisory only when it affects the package, which is what a scan needs.
 */
public final class PackageMatcher {

    private final Snapshot snapshot;
    private final Coverage coverage;
    private final ParsedVersions parsed = ParsedVersions.SHARED;
    /** Advisory metadata by ordinal: an advisory often affects many packages of one scan. */
    private final RecentlyDecoded<Integer, AdvisoryParts> advisories =
            new RecentlyDecoded<>(1 << 14);
    /**
     * The prepared entries of each package name and release met, so that a package met again
     * (another version of it in the same SBOM, the next scan in a long-lived process) is
     * neither looked up, decoded nor parsed again. Bounded: about 100 MiB when full, measured
     * over the 20,000-purl benchmark list, which touches about 5,000 names.
     */
    private final RecentlyDecoded<String, PreparedPackage> byPackage =
            new RecentlyDecoded<>(1 << 14);
    /**
     * How many version intervals the prepared packages remember findings for (see
     * {@link VersionIntervals}): a package at a version whose interval was seen before (the
     * same release in the next image, a patch release that crosses no advisory boundary) is
     * answered without evaluating a range. At {@link #CELL_LIMIT} the prepared packages are
     * dropped with their cells and refill with what is in use, as the other caches do; at the
     * limit, with the 20,000-purl benchmark list (8.9 findings per package), about 50 MiB.
     */
    private final AtomicInteger cellCount = new AtomicInteger();
    static final int CELL_LIMIT = 1 << 16;
    /** The release of each ecosystem name met: a snapshot names a few dozen at most. */
    private final Map<String, String> releases = new ConcurrentHashMap<>();

    public PackageMatcher(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.coverage = new Coverage(snapshot.manifest());
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Every ecosystem the snapshot covers, sorted. */
    public List<String> coveredEcosystems() {
        return List.copyOf(coverage.ecosystems());
    }

    /** Matches one purl. Never throws for bad input: the result says what was wrong. */
    public PackageResult match(String purl) {
        return match(purl, true);
    }

    /** As {@link #match(String)}, with an empty trace: findings and unknowns only. */
    public PackageResult matchFindings(String purl) {
        return match(purl, false);
    }

    private PackageResult match(String purl, boolean traced) {
        PackageQuery query;
        try {
            query = PurlMapping.map(purl);
        } catch (UnmappablePurlException e) {
            return new PackageResult(purl, CoverageStatus.UNMAPPABLE, null, e.reason(),
                    List.of(), List.of(), List.of());
        }
        return match(query, traced);
    }

    public PackageResult match(PackageQuery query) {
        return match(query, true);
    }

    private PackageResult match(PackageQuery query, boolean traced) {
        String gap = coverage.gap(query);
        if (gap != null) {
            return new PackageResult(query.purl(), CoverageStatus.NOT_COVERED,
                    query.ecosystemLabel(), gap, List.of(), List.of(), List.of());
        }
        if (!traced && query.names().size() == 1) {
            List<FindingTemplate> shared = byInterval(query);
            if (shared != null) {
                return new PackageResult(query.purl(), CoverageStatus.COVERED,
                        query.ecosystemLabel(), null, FindingTemplate.findings(shared, query),
                        List.of(), List.of());
            }
        }
        Map<Integer, AdvisoryMatch> matches = new LinkedHashMap<>();
        List<UnknownMatch> unknowns = new ArrayList<>();
        List<TraceLine> trace = traced ? new ArrayList<>() : null;
        for (int i = 0; i < query.names().size(); i++) {
            String name = query.names().get(i);
            String version = i > 0 && query.sourceVersion() != null
                    ? query.sourceVersion() : query.version();
            InstalledVersion installed = new InstalledVersion(version, parsed);
            for (PreparedEntry entry : packageOf(query, name).entries()) {
                evaluate(query, entry, installed, matches, unknowns, trace);
            }
        }
        List<Finding> findings = FindingAssembler.assemble(query, matches.values(), parsed);
        return new PackageResult(query.purl(), CoverageStatus.COVERED, query.ecosystemLabel(),
                null, findings, unknowns, traced ? trace : List.of());
    }

    /**
     * The findings of a one-name query from its version interval: remembered, or evaluated
     * and remembered. Null when the package or version has no interval, or when a verdict
     * came out unknown (never shared: the reason may quote the version).
     */
    private List<FindingTemplate> byInterval(PackageQuery query) {
        PreparedPackage pkg = packageOf(query, query.names().get(0));
        InstalledVersion installed = new InstalledVersion(query.version(), parsed);
        long cell = pkg.cellOf(installed);
        if (cell < 0) {
            return null;
        }
        List<FindingTemplate> known = pkg.findingsOf(cell);
        if (known != null) {
            return known;
        }
        Map<Integer, AdvisoryMatch> matches = new LinkedHashMap<>();
        List<UnknownMatch> unknowns = new ArrayList<>();
        for (PreparedEntry entry : pkg.entries()) {
            evaluate(query, entry, installed, matches, unknowns, null);
        }
        if (!unknowns.isEmpty()) {
            return null;
        }
        List<FindingTemplate> templates =
                FindingAssembler.templates(query, matches.values(), parsed);
        if (cellCount.incrementAndGet() > CELL_LIMIT) {
            byPackage.clear();
            cellCount.set(0);
        }
        pkg.remember(cell, templates);
        return templates;
    }

    /** Distro advisories are per release: keeps the entries of the package's release. */
    private Predicate<String> releaseFilter(PackageQuery query) {
        if (!query.isDistro() || PurlMapping.isReleaseless(query.family())) {
            return ecosystem -> true;
        }
        return ecosystem -> releases.computeIfAbsent(ecosystem, e -> Ecosystem.parse(e).release())
                .equals(query.release());
    }

    /** The entries under a package name that apply to the query's release, prepared. */
    private PreparedPackage packageOf(PackageQuery query, String name) {
        // the label carries the family and release, which is all the release filter reads
        return byPackage.get(query.ecosystemLabel() + '\n' + name, key -> {
            int[] positions = snapshot.entryPositions(query.family(), name, releaseFilter(query));
            List<PreparedEntry> entries = new ArrayList<>(positions.length);
            for (int position : positions) {
                entries.add(PreparedEntry.prepare(snapshot.entryAt(position), parsed));
            }
            return new PreparedPackage(entries);
        });
    }

    /** Evaluates one affected[] entry; {@code trace} is null when no trace is kept. */
    private void evaluate(PackageQuery query, PreparedEntry prepared, InstalledVersion version,
            Map<Integer, AdvisoryMatch> matches, List<UnknownMatch> unknowns,
            List<TraceLine> trace) {
        IndexedAffected entry = prepared.entry();
        List<RangeVerdict> verdicts = trace == null
                ? RangeEvaluator.evaluateForScan(prepared, version)
                : RangeEvaluator.evaluate(prepared, version);
        Outcome outcome = RangeEvaluator.combine(verdicts);
        if (trace == null && outcome == Outcome.NOT_AFFECTED) {
            return;
        }
        AdvisoryParts parts = advisories.get(entry.advisory(),
                ordinal -> AdvisoryParts.of(snapshot.advisory(ordinal)));
        AdvisoryMeta advisory = parts.meta();
        RangeVerdict affecting = null;
        List<String> fixed = new ArrayList<>();
        for (RangeVerdict verdict : verdicts) {
            if (trace != null) {
                trace.add(new TraceLine(advisory.id(), entry.ecosystem(), entry.name(),
                        verdict.range(), verdict.outcome(), verdict.reason()));
            }
            if (verdict.outcome() == Outcome.AFFECTED) {
                affecting = affecting == null ? verdict : affecting;
                fixed.addAll(verdict.fixed());
            }
        }
        if (outcome == Outcome.AFFECTED) {
            AffectingRange range =
                    affecting.affecting(advisory.id(), entry.ecosystem(), entry.name());
            AdvisoryMatch previous = matches.get(entry.advisory());
            if (previous != null) {
                fixed.addAll(previous.fixed());
                range = previous.range();
            }
            matches.put(entry.advisory(), new AdvisoryMatch(parts, fixed, range));
        } else if (outcome == Outcome.UNKNOWN) {
            String reason = verdicts.stream().filter(v -> v.outcome() == Outcome.UNKNOWN)
                    .map(RangeVerdict::reason).findFirst().orElse("unknown");
            unknowns.add(new UnknownMatch(query.purl(), advisory.id(), reason));
        }
    }
}
