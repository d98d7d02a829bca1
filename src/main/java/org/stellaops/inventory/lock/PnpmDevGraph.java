// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which packages of a pnpm v9 lockfile only development dependencies need. Version 9 dropped
 * the per-package {@code dev} flag; the answer is the walk of the {@code snapshots} graph from
 * every importer's {@code devDependencies}, minus what the walk from its {@code dependencies}
 * and {@code optionalDependencies} reaches.
 */
final class PnpmDevGraph {

    private static final List<String> EDGES = List.of("dependencies", "optionalDependencies");

    private PnpmDevGraph() {
    }

    /** The {@code name@version} keys (peer suffixes stripped) needed only for development. */
    static Set<String> devOnlyKeys(JsonNode document) {
        JsonNode snapshots = document.path("snapshots");
        if (!snapshots.isObject()) {
            return Set.of();
        }
        Deque<String> prodRoots = new ArrayDeque<>();
        Deque<String> devRoots = new ArrayDeque<>();
        for (JsonNode importer : document.path("importers")) {
            for (String edge : EDGES) {
                addRoots(importer.path(edge), prodRoots);
            }
            addRoots(importer.path("devDependencies"), devRoots);
        }
        Set<String> dev = reach(snapshots, devRoots);
        dev.removeAll(reach(snapshots, prodRoots));
        return dev;
    }

    private static void addRoots(JsonNode dependencies, Deque<String> roots) {
        for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
            JsonNode value = dependency.getValue();
            String version = value.isObject() ? value.path("version").asText("") : value.asText();
            roots.add(dependency.getKey() + "@" + version);
        }
    }

    /** Every snapshot reachable from the roots, as keys without peer suffixes. */
    private static Set<String> reach(JsonNode snapshots, Deque<String> pending) {
        Set<String> seen = new HashSet<>();
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            String key = pending.pop();
            if (!seen.add(key)) {
                continue;
            }
            reached.add(withoutPeers(key));
            JsonNode snapshot = snapshots.path(key);
            for (String edge : EDGES) {
                for (Map.Entry<String, JsonNode> child : snapshot.path(edge).properties()) {
                    pending.add(child.getKey() + "@" + child.getValue().asText());
                }
            }
        }
        return reached;
    }

    static String withoutPeers(String key) {
        int peers = key.indexOf('(');
        return peers > 0 ? key.substring(0, peers) : key;
    }
}
