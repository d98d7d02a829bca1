// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Objects;
import org.stellaops.canonical.CanonicalJson;

/**
 * One dependency: component {@code from} depends on component {@code to}, both by SBOM ref
 * (CycloneDX bom-ref). Its Merkle leaf is {@link #encode()}, the canonical JSON
 * {@code {"from":"<ref>","to":"<ref>"}}.
 */
public record GraphEdge(String from, String to) implements Comparable<GraphEdge> {

    /** By {@code from}, then {@code to}, comparing UTF-16 code units as RFC 8785 sorts keys. */
    public static final Comparator<GraphEdge> ORDER = Comparator.comparing(GraphEdge::from)
            .thenComparing(GraphEdge::to);

    public GraphEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("from", from).put("to", to);
    }

    /** The leaf data: the edge's canonical JSON bytes. */
    public byte[] encode() {
        return CanonicalJson.toBytes(toJson());
    }

    @Override
    public int compareTo(GraphEdge other) {
        return ORDER.compare(this, other);
    }
}
