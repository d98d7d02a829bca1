// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which packages of a {@code uv.lock} only development groups need. uv records groups on the
 * project's own packages only ({@code dev-dependencies}); the answer is the walk of the
 * dependency graph from them, minus what the walk from the projects' {@code dependencies} and
 * {@code optional-dependencies} reaches. Every extra of a reached package counts as used,
 * which errs towards "not dev".
 *
 * <p>Known gap: the graph is keyed by name, so when the lockfile holds two versions of one
 * package (for different Python versions or platforms) both get the same answer. Keying by
 * name and version needs the {@code version} that uv writes on such dependency entries.
 */
final class UvDevGraph {

    private UvDevGraph() {
    }

    /** Names of packages needed only by development groups. */
    static Set<String> devOnlyNames(List<JsonNode> tables) {
        Map<String, List<JsonNode>> byName = new HashMap<>();
        Deque<String> prodRoots = new ArrayDeque<>();
        Deque<String> devRoots = new ArrayDeque<>();
        for (JsonNode table : tables) {
            byName.computeIfAbsent(table.get("name").asText(), n -> new ArrayList<>()).add(table);
            if (isProject(table)) {
                prodRoots.addAll(runtimeDependencies(table));
                for (JsonNode group : table.path("dev-dependencies")) {
                    group.forEach(dependency -> devRoots.add(dependency.path("name").asText()));
                }
            }
        }
        Set<String> dev = reach(byName, devRoots);
        dev.removeAll(reach(byName, prodRoots));
        return dev;
    }

    static boolean isProject(JsonNode table) {
        JsonNode source = table.path("source");
        return source.has("editable") || source.has("virtual");
    }

    private static List<String> runtimeDependencies(JsonNode table) {
        List<String> names = new ArrayList<>();
        table.path("dependencies").forEach(d -> names.add(d.path("name").asText()));
        for (JsonNode extra : table.path("optional-dependencies")) {
            extra.forEach(d -> names.add(d.path("name").asText()));
        }
        return names;
    }

    private static Set<String> reach(Map<String, List<JsonNode>> byName, Deque<String> pending) {
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                for (JsonNode table : byName.getOrDefault(name, List.of())) {
                    pending.addAll(runtimeDependencies(table));
                }
            }
        }
        return reached;
    }
}
