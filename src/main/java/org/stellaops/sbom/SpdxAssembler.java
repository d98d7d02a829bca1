// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the packages and relationships of one SPDX document (2.x JSON, tag-value or 3.0.1
 * JSON-LD) into an {@link Sbom}. Relationships may come before or after the packages they
 * name, so they are only resolved in {@link #build}, by SPDX id.
 *
 * <ul>
 *   <li>Refs are SPDX ids. A repeated id keeps both packages: the later one becomes
 *       {@code id#2}, {@code id#3}..., with a warning, and relationships naming the id resolve to
 *       the first.</li>
 *   <li>{@code contains} sets the child's {@code parentRef} when both ends are packages; the
 *       first parent in document order wins, and an edge that would close a nesting cycle is
 *       dropped with a warning (nesting must stay a tree for writers to nest it).</li>
 *   <li>{@code dependsOn} edges between packages go to {@link Sbom#dependencies} as the
 *       document states them, cycles and self-edges included; a repeated edge counts once.</li>
 *   <li>{@code generatedFrom} a package names the source package when nothing else did.</li>
 *   <li>Edges to files, snippets, the document or other documents are not components'
 *       business and are left out.</li>
 * </ul>
 */
final class SpdxAssembler {

    /** Warnings of one kind past this many are summed up in one line. */
    private static final int MAX_WARNINGS = 20;
    /** Nesting deeper than this is flattened: no real SBOM nests so deep. */
    private static final int MAX_DEPTH = 1000;

    private enum Kind { CONTAINS, DEPENDS_ON, GENERATED_FROM }

    private record Edge(Kind kind, String from, String to) {
    }

    private final String origin;
    private final List<SpdxPackage> packages = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> described = new LinkedHashSet<>();
    private final Map<String, List<String>> annotations = new HashMap<>();
    /** One instance per id, so a million relationships do not hold a million copies. */
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    SpdxAssembler(String origin) {
        this.origin = origin;
    }

    String origin() {
        return origin;
    }

    void addPackage(SpdxPackage pkg) {
        pkg.spdxId = pkg.spdxId == null ? null : id(pkg.spdxId);
        packages.add(pkg);
    }

    void contains(String parent, String child) {
        edge(Kind.CONTAINS, parent, child);
    }

    void dependsOn(String from, String to) {
        edge(Kind.DEPENDS_ON, from, to);
    }

    void generatedFrom(String binary, String source) {
        edge(Kind.GENERATED_FROM, binary, source);
    }

    void describes(String element) {
        if (element != null) {
            described.add(id(element));
        }
    }

    /** An annotation given apart from its package (tag-value's {@code SPDXREF}). */
    void annotate(String element, String text) {
        if (element != null && SpdxPackage.isUsefulAnnotation(text)) {
            annotations.computeIfAbsent(id(element), k -> new ArrayList<>()).add(text);
        }
    }

    void warn(String warning) {
        if (warning != null) {
            warnings.add(warning);
        }
    }

    Sbom build(SbomFormat format, String specVersion, String subjectName, String created) {
        Map<String, Integer> index = new HashMap<>();
        List<String> refs = assignRefs(index);
        for (SpdxPackage pkg : packages) {
            annotations.getOrDefault(pkg.spdxId, List.of()).forEach(pkg::readAnnotation);
            if (pkg.type == null && pkg.spdxId != null
                    && pkg.spdxId.startsWith("SPDXRef-OperatingSystem-")) {
                pkg.type = "operating-system";
            }
        }
        OsInfo os = os();
        int[] parents = nest(index);
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        for (Edge edge : edges) {
            Integer from = index.get(edge.from());
            Integer to = index.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            SpdxPackage binary = packages.get(from);
            if (edge.kind() == Kind.DEPENDS_ON) {
                targets.computeIfAbsent(refs.get(from), k -> new LinkedHashSet<>())
                        .add(refs.get(to));
            } else if (edge.kind() == Kind.GENERATED_FROM && binary.sourceName == null) {
                binary.sourceName = packages.get(to).name;
                binary.sourceVersion = packages.get(to).version;
            }
        }
        targets.forEach((from, to) -> dependencies.put(from, List.copyOf(to)));

        List<SbomComponent> components = new ArrayList<>(packages.size());
        for (int i = 0; i < packages.size(); i++) {
            SpdxPackage p = packages.get(i);
            components.add(new SbomComponent(refs.get(i), p.name, p.version, p.type, p.purl,
                    p.cpes, p.licenses(), p.hashes, p.location,
                    parents[i] < 0 ? null : refs.get(parents[i]), p.sourceName, p.sourceVersion));
        }
        return new Sbom(format, specVersion, subjectName, subjectVersion(index), os, components,
                dependencies, warnings, created);
    }

    private List<String> assignRefs(Map<String, Integer> index) {
        List<String> refs = new ArrayList<>(packages.size());
        Set<String> taken = new HashSet<>();
        int duplicates = 0;
        for (int i = 0; i < packages.size(); i++) {
            String id = packages.get(i).spdxId;
            String ref = id != null ? id : "package-" + (i + 1);
            if (!taken.add(ref)) {
                String base = ref;
                for (int n = 2; !taken.add(ref); n++) {
                    ref = base + "#" + n;
                }
                if (++duplicates <= MAX_WARNINGS) {
                    warnings.add(origin + ": duplicate SPDX id '" + base + "': kept both, the "
                            + "later one as '" + ref + "'; relationships name the first");
                }
            }
            if (id != null) {
                index.putIfAbsent(id, i);
            }
            refs.add(ref);
        }
        if (duplicates > MAX_WARNINGS) {
            warnings.add(origin + ": " + (duplicates - MAX_WARNINGS)
                    + " more duplicate SPDX ids, kept the same way");
        }
        return refs;
    }

    /** Parent index per package (-1 for none), in document order, never a cycle. */
    private int[] nest(Map<String, Integer> index) {
        int[] parents = new int[packages.size()];
        Arrays.fill(parents, -1);
        int cycles = 0;
        for (Edge edge : edges) {
            Integer parent = index.get(edge.from());
            Integer child = index.get(edge.to());
            if (edge.kind() != Kind.CONTAINS || parent == null || child == null
                    || parents[child] >= 0) {
                continue;
            }
            if (closesCycle(parents, parent, child)) {
                if (++cycles <= MAX_WARNINGS) {
                    warnings.add(origin + ": '" + edge.from() + "' CONTAINS '" + edge.to()
                            + "' would nest a package inside itself (or " + MAX_DEPTH
                            + " levels deep): not nested");
                }
                continue;
            }
            parents[child] = parent;
        }
        return parents;
    }

    private static boolean closesCycle(int[] parents, int parent, int child) {
        int depth = 0;
        for (int at = parent; at >= 0; at = parents[at]) {
            if (at == child || ++depth > MAX_DEPTH) {
                return true;
            }
        }
        return false;
    }

    private String subjectVersion(Map<String, Integer> index) {
        List<Integer> subjects = described.stream().map(index::get)
                .filter(Objects::nonNull).toList();
        return subjects.size() == 1 ? packages.get(subjects.get(0)).version : null;
    }

    private OsInfo os() {
        for (SpdxPackage pkg : packages) {
            if ("operating-system".equals(pkg.type)) {
                return SpdxOs.ofPackage(pkg);
            }
        }
        SpdxOs votes = SpdxOs.fromPurls();
        packages.forEach(p -> votes.count(p.purl));
        warn(votes.conflict(origin));
        return votes.winner();
    }

    private void edge(Kind kind, String from, String to) {
        if (from != null && to != null) {
            edges.add(new Edge(kind, id(from), id(to)));
        }
    }

    private String id(String value) {
        String existing = ids.putIfAbsent(value, value);
        return existing == null ? value : existing;
    }
}
