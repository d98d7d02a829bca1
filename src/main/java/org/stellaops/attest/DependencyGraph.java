// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;

/**
 * The dependency graph of an SBOM as the graph attestation states it: nodes by ref with their
 * purl, the distinct edges in {@link GraphEdge#ORDER}, and a {@link MerkleTree} over the edges'
 * canonical encodings in that order, so one edge can later be shown to be part of a signed
 * graph with an {@link InclusionProof} instead of the whole graph.
 *
 * <p>Nodes are every component plus every ref an edge names that no component has (an SBOM may
 * state dependencies on refs it does not list; such nodes have no purl). Cycles are kept: a
 * graph is a set of edges, nothing here walks it.
 */
public final class DependencyGraph {

    /** The predicate type of {@code graph.dsse.json}. */
    public static final String PREDICATE_TYPE =
            "https://stella-ops.org/attestations/dependency-graph/v1";

    private static final HexFormat HEX = HexFormat.of();

    private final SortedMap<String, String> nodes;
    private final List<GraphEdge> edges;
    private final MerkleTree tree;

    private DependencyGraph(SortedMap<String, String> nodes, List<GraphEdge> edges) {
        this.nodes = Collections.unmodifiableSortedMap(nodes);
        this.edges = List.copyOf(edges);
        List<byte[]> leaves = new ArrayList<>(edges.size());
        edges.forEach(edge -> leaves.add(edge.encode()));
        this.tree = new MerkleTree(leaves);
    }

    public static DependencyGraph of(Sbom sbom) {
        SortedMap<String, String> nodes = new TreeMap<>();
        for (SbomComponent component : sbom.components()) {
            nodes.put(component.ref(), component.purl());
        }
        TreeSet<GraphEdge> edges = new TreeSet<>();
        for (Map.Entry<String, List<String>> entry : sbom.dependencies().entrySet()) {
            for (String target : entry.getValue()) {
                edges.add(new GraphEdge(entry.getKey(), target));
            }
        }
        for (GraphEdge edge : edges) {
            nodes.putIfAbsent(edge.from(), null);
            nodes.putIfAbsent(edge.to(), null);
        }
        return new DependencyGraph(nodes, new ArrayList<>(edges));
    }

    /** Ref to purl (null when the component has none), sorted by ref. */
    public SortedMap<String, String> nodes() {
        return nodes;
    }

    /** Distinct edges, sorted: leaf i of the Merkle tree is edge i. */
    public List<GraphEdge> edges() {
        return edges;
    }

    /** The Merkle root over the edges (SHA-256 of nothing for a graph without edges). */
    public byte[] root() {
        return tree.root();
    }

    /**
     * The proof that {@code edge} is one of this graph's.
     *
     * @throws AttestationException when the graph has no such edge
     */
    public InclusionProof inclusionProof(GraphEdge edge) {
        int index = Collections.binarySearch(edges, edge);
        if (index < 0) {
            throw new AttestationException("the graph has no edge " + edge.from() + " -> "
                    + edge.to());
        }
        return tree.inclusionProof(index);
    }

    /** True when the proof leads from {@code edge} to {@code root} (from a graph predicate). */
    public static boolean verifyInclusion(GraphEdge edge, InclusionProof proof, byte[] root) {
        return proof.verify(edge.encode(), root);
    }

    /** {@link #verifyInclusion} against the root as the predicate writes it (hex). */
    public static boolean verifyInclusion(GraphEdge edge, InclusionProof proof, String rootHex) {
        byte[] root;
        try {
            root = HEX.parseHex(rootHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return root.length == 32 && verifyInclusion(edge, proof, root);
    }

    /**
     * True when {@code proof} shows {@code edge} to be in the graph a (verified) graph statement
     * signs: the statement is of {@link #PREDICATE_TYPE}, the proof's tree size is the one the
     * statement states (a root alone does not commit to its size), and the path leads to the
     * stated root.
     */
    public static boolean verifyInclusion(Statement graph, GraphEdge edge, InclusionProof proof) {
        if (!PREDICATE_TYPE.equals(graph.predicateType())) {
            return false;
        }
        JsonNode merkle = graph.predicate().path("merkle");
        return merkle.path("treeSize").isInt()
                && merkle.path("treeSize").intValue() == proof.treeSize()
                && verifyInclusion(edge, proof, merkle.path("root").asText(""));
    }

    /** The graph predicate; docs/attestations.md describes each member. */
    public ObjectNode toPredicate() {
        ObjectNode predicate = JsonNodeFactory.instance.objectNode();
        ArrayNode nodeArray = predicate.putArray("nodes");
        nodes.forEach((ref, purl) -> {
            ObjectNode node = nodeArray.addObject().put("ref", ref);
            if (purl != null) {
                node.put("purl", purl);
            }
        });
        ArrayNode edgeArray = predicate.putArray("edges");
        edges.forEach(edge -> edgeArray.add(edge.toJson()));
        ObjectNode merkle = predicate.putObject("merkle");
        merkle.put("hash", "sha256");
        merkle.put("leaf", "rfc8785-edge");
        merkle.put("treeSize", edges.size());
        merkle.put("root", HEX.formatHex(tree.root()));
        return predicate;
    }
}
