// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Lookups in a SnakeYAML node graph that the schema has already checked for shape. */
final class Nodes {

    private Nodes() {
    }

    /** The value under a key of a mapping, or null when absent or not a mapping. */
    static Node value(Node node, String key) {
        NodeTuple tuple = tuple(node, key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The key node itself (for error positions), or the mapping when the key is absent. */
    static Node keyNode(Node node, String key) {
        NodeTuple tuple = tuple(node, key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    static Node item(Node node, int index) {
        if (node instanceof SequenceNode sequence && index < sequence.getValue().size()) {
            return sequence.getValue().get(index);
        }
        return null;
    }

    /** The text of a scalar under a key, or null when absent. */
    static String text(Node node, String key) {
        return value(node, key) instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** A scalar or a list of scalars as a list of texts; empty when absent. */
    static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            texts.add(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                texts.add(((ScalarNode) item).getValue());
            }
        }
        return texts;
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    private static NodeTuple tuple(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key)) {
                    return tuple;
                }
            }
        }
        return null;
    }
}
