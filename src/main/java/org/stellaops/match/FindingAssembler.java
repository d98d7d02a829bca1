// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.stellaops.db.AdvisoryMeta;
import org.stellaops.severity.Severity;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;
import org.stellaops.version.VersionSchemes;

/**
 * Folds the advisory records that matched one package into findings, one per vulnerability.
 * Two records are the same vulnerability when they share an alias group or a CVE.
 *
 * <p>The primary id of a finding is chosen by this rule, in order:
 * <ol>
 *   <li>a distro advisory among the records (ALSA, RHSA, DSA...), since it is what the distro
 *       ships a fix under and may cover several CVEs; the smallest such id;</li>
 *   <li>else a CVE id among the ids and aliases, the smallest;</li>
 *   <li>else a GHSA id, the smallest;</li>
 *   <li>else the smallest record id.</li>
 * </ol>
 * "Smallest" is plain string order, which makes the choice independent of input order.
 */
final class FindingAssembler {

    private static final Comparator<AdvisoryMatch> BY_ID =
            (a, b) -> a.advisory().id().compareTo(b.advisory().id());

    private FindingAssembler() {
    }

    static List<Finding> assemble(PackageQuery query, Collection<AdvisoryMatch> matches) {
        return assemble(query, matches, ParsedVersions.NONE);
    }

    /** As {@link #assemble(PackageQuery, Collection)}, parsing versions through the cache. */
    static List<Finding> assemble(PackageQuery query, Collection<AdvisoryMatch> matches,
            ParsedVersions parsed) {
        return FindingTemplate.findings(templates(query, matches, parsed), query);
    }

    /**
     * The findings without the purl and installed version, in report order: what every version
     * of the package in the same interval shares (see {@link VersionIntervals}).
     */
    static List<FindingTemplate> templates(PackageQuery query,
            Collection<AdvisoryMatch> matches, ParsedVersions parsed) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<FindingTemplate> templates = new ArrayList<>();
        for (List<AdvisoryMatch> group : groupByVulnerability(new ArrayList<>(matches))) {
            templates.add(toTemplate(query, group, parsed));
        }
        templates.sort(FindingTemplate.ORDER);
        return List.copyOf(templates);
    }

    /**
     * Joins records that share an alias group or a CVE, transitively (a record naming two CVEs
     * bridges their groups): a union-find over the records, linked through the first record
     * seen with each key. Groups come out in the order of their first record by id.
     */
    private static List<List<AdvisoryMatch>> groupByVulnerability(List<AdvisoryMatch> matches) {
        matches.sort(BY_ID);
        int[] parent = new int[matches.size()];
        Map<String, Integer> firstWithKey = new HashMap<>(4 * matches.size());
        for (int i = 0; i < matches.size(); i++) {
            final int index = i;
            parent[index] = index;
            AdvisoryMeta advisory = matches.get(index).advisory();
            union(parent, index,
                    firstWithKey.computeIfAbsent("group:" + advisory.group(), k -> index));
            for (String cve : advisory.cves()) {
                union(parent, index, firstWithKey.computeIfAbsent(cve, k -> index));
            }
        }
        Map<Integer, List<AdvisoryMatch>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(matches.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        // the smaller index stays the root, so a group's root is its first record
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static FindingTemplate toTemplate(PackageQuery query, List<AdvisoryMatch> group,
            ParsedVersions parsed) {
        if (group.size() == 1) {
            // one record alone: its ids, primary and references are worked out already
            AdvisoryMatch match = group.get(0);
            AdvisoryParts parts = match.parts();
            return new FindingTemplate(parts.soloId(), parts.soloAliases(),
                    sortVersions(query, new LinkedHashSet<>(match.fixed()), parsed),
                    parts.meta().severity(), summaryOf(group, parts.soloId()),
                    parts.references(), List.of(match.range()));
        }
        // groups come out of groupByVulnerability in id order already
        Set<String> ids = new TreeSet<>();
        Severity severity = null;
        Set<String> fixed = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        List<AffectingRange> ranges = new ArrayList<>();
        List<AdvisoryMeta> records = new ArrayList<>(group.size());
        for (AdvisoryMatch match : group) {
            AdvisoryMeta advisory = match.advisory();
            records.add(advisory);
            ids.addAll(match.parts().ids());
            severity = severity == null ? advisory.severity()
                    : Severity.higherOf(severity, advisory.severity());
            fixed.addAll(match.fixed());
            references.addAll(match.parts().references());
            ranges.add(match.range());
        }
        String primary = primaryId(records, ids);
        ids.remove(primary);
        return new FindingTemplate(primary, List.copyOf(ids), sortVersions(query, fixed, parsed),
                severity, summaryOf(group, primary), List.copyOf(references), ranges);
    }

    /** The primary id of a group of records (in id order) by the rule above. */
    static String primaryId(List<AdvisoryMeta> records, Set<String> ids) {
        for (AdvisoryMeta record : records) {
            if (record.distroAdvisory()) {
                return record.id();
            }
        }
        for (String prefix : List.of("CVE-", "GHSA-")) {
            for (String id : ids) {
                if (id.startsWith(prefix)) {
                    return id;
                }
            }
        }
        return records.get(0).id();
    }

    private static String summaryOf(List<AdvisoryMatch> group, String primary) {
        String first = null;
        for (AdvisoryMatch match : group) {
            String summary = match.advisory().summary();
            if (summary != null && match.advisory().id().equals(primary)) {
                return summary;
            }
            first = first == null ? summary : first;
        }
        return first;
    }

    private static List<String> sortVersions(PackageQuery query, Set<String> versions,
            ParsedVersions parsed) {
        if (versions.size() < 2) {
            // most findings name one fixed version or none: nothing to order
            return List.copyOf(versions);
        }
        VersionScheme<?> scheme = VersionSchemes.forEcosystem(query.family());
        List<String> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.naturalOrder());
        if (scheme != null) {
            sortByScheme(scheme, sorted, parsed);
        }
        return sorted;
    }

    private static <V extends Comparable<V>> void sortByScheme(
            VersionScheme<V> scheme, List<String> versions, ParsedVersions cache) {
        try {
            List<V> parsed = new ArrayList<>();
            for (String version : versions) {
                parsed.add(cache.parse(scheme, version));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(parsed::get));
            List<String> copy = new ArrayList<>(versions);
            for (int i = 0; i < order.size(); i++) {
                versions.set(i, copy.get(order.get(i)));
            }
        } catch (InvalidVersionException e) {
            // keep plain string order; the fixed versions came out of ranges that parsed, so
            // this only happens for SEMVER ranges in an ecosystem with another scheme
        }
    }
}
