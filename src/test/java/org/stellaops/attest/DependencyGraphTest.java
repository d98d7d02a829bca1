// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stellaops.sbom.RealSboms;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomFormat;

/** The graph predicate: sorted distinct edges, nodes, and provable edges. */
class DependencyGraphTest {

    @Test
    void edgesAreDistinctSortedAndUnknownRefsBecomeNodesWithoutPurl() {
        DependencyGraph graph = DependencyGraph.of(sbom(Map.of(
                "b", List.of("c", "a", "c"),
                "a", List.of("b", "ghost"))));

        assertThat(graph.edges()).containsExactly(new GraphEdge("a", "b"),
                new GraphEdge("a", "ghost"), new GraphEdge("b", "a"), new GraphEdge("b", "c"));
        assertThat(graph.nodes()).containsOnlyKeys("a", "b", "c", "ghost");
        assertThat(graph.nodes().get("a")).isEqualTo("pkg:npm/a@1");
        assertThat(graph.nodes().get("ghost")).isNull();
    }

    @Test
    void leafIsTheEdgesCanonicalJson() {
        assertThat(new String(new GraphEdge("b\"x", "a").encode(), StandardCharsets.UTF_8))
                .isEqualTo("{\"from\":\"b\\\"x\",\"to\":\"a\"}");
    }

    @Test
    void predicateRootMatchesAMerkleTreeOverTheEncodedEdges() {
        DependencyGraph graph = DependencyGraph.of(sbom(Map.of("a", List.of("b", "c"))));

        ObjectNode predicate = graph.toPredicate();
        byte[] expected = new MerkleTree(List.of(new GraphEdge("a", "b").encode(),
                new GraphEdge("a", "c").encode())).root();

        assertThat(predicate.at("/merkle/root").asText())
                .isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(predicate.at("/merkle/treeSize").asInt()).isEqualTo(2);
        assertThat(predicate.get("edges")).hasSize(2);
        assertThat(predicate.at("/nodes/0/purl").asText()).isEqualTo("pkg:npm/a@1");
    }

    @Test
    void everyEdgeOfARealGraphIsProvableAgainstThePredicateRoot() throws Exception {
        DependencyGraph graph = DependencyGraph.of(RealSboms.read(RealSboms.DROPWIZARD));
        String root = graph.toPredicate().at("/merkle/root").asText();

        assertThat(graph.edges()).hasSizeGreaterThan(100);
        for (GraphEdge edge : graph.edges()) {
            InclusionProof proof = InclusionProof.fromJson(graph.inclusionProof(edge).toJson());

            assertThat(DependencyGraph.verifyInclusion(edge, proof, root)).isTrue();
        }
        GraphEdge first = graph.edges().get(0);
        GraphEdge forged = new GraphEdge(first.from(), first.to() + "x");
        assertThat(DependencyGraph.verifyInclusion(forged, graph.inclusionProof(first), root))
                .isFalse();
        assertThat(DependencyGraph.verifyInclusion(first, graph.inclusionProof(first),
                "not hex")).isFalse();
    }

    @Test
    void noProofForAnEdgeTheGraphLacks() {
        DependencyGraph graph = DependencyGraph.of(sbom(Map.of("a", List.of("b"))));

        assertThatThrownBy(() -> graph.inclusionProof(new GraphEdge("b", "a")))
                .isInstanceOf(AttestationException.class)
                .hasMessage("the graph has no edge b -> a");
    }

    @Test
    void graphWithoutEdgesHasTheEmptyTreeRoot() {
        DependencyGraph graph = DependencyGraph.of(sbom(Map.of()));

        assertThat(graph.toPredicate().at("/merkle/root").asText())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    private static Sbom sbom(Map<String, List<String>> dependencies) {
        List<SbomComponent> components = List.of("a", "b", "c").stream()
                .map(ref -> new SbomComponent(ref, ref, "1", "library", "pkg:npm/" + ref + "@1",
                        List.of(), List.of(), Map.of(), null, null, null, null))
                .toList();
        return new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", null, null, null, components,
                dependencies, List.of());
    }
}
