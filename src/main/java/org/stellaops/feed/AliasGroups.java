// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins records that describe the same vulnerability: ids linked through {@code aliases}
 * (CVE, GHSA, PYSEC, GO, RUSTSEC and the like) end up in one group, named by its smallest id.
 *
 * <p>{@code related} is deliberately not followed: a distro advisory relates to every CVE it
 * fixes, and following it would fuse unrelated vulnerabilities into one.
 */
final class AliasGroups {

    private final Map<String, String> parent = new HashMap<>();

    AliasGroups(Collection<OsvRecord> records) {
        for (OsvRecord record : records) {
            find(record.id());
            for (String alias : record.aliases()) {
                union(record.id(), alias);
            }
        }
    }

    /** The group of an identifier: the smallest identifier linked to it (itself if alone). */
    String groupOf(String id) {
        return parent.containsKey(id) ? find(id) : id;
    }

    private String find(String id) {
        String root = parent.computeIfAbsent(id, k -> k);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        String node = id;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (rootA.equals(rootB)) {
            return;
        }
        // The smaller id becomes the root, so the group name does not depend on input order.
        if (rootA.compareTo(rootB) < 0) {
            parent.put(rootB, rootA);
        } else {
            parent.put(rootA, rootB);
        }
    }
}
