// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a policy's YAML nodes into the JSON tree that the schema validates and the digest is
 * computed over. Typed as YAML 1.1 resolves plain scalars (so {@code true} is a boolean and
 * {@code 7.0} a number), except that timestamps stay the text written: an expiry's digest must
 * not depend on how a date library prints it.
 *
 * <p>Refuses what the JSON model cannot hold or what a policy never needs: tags other than the
 * plain YAML types, merge keys, non-string or duplicate keys, and trees that aliases blow up
 * past {@link #MAX_NODES} nodes.
 */
final class YamlTree {

    static final int MAX_NODES = 200_000;

    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final String origin;
    private int nodes;

    private YamlTree(String origin) {
        this.origin = origin;
    }

    static JsonNode toJson(String origin, Node root) throws PolicyException {
        return new YamlTree(origin).convert(root);
    }

    private JsonNode convert(Node node) throws PolicyException {
        if (++nodes > MAX_NODES) {
            throw PolicyYaml.error(origin, node, "document too large after alias expansion");
        }
        if (!PLAIN.contains(node.getTag())) {
            throw PolicyYaml.error(origin, node, "tag " + node.getTag() + " is not allowed");
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item));
            }
            return array;
        }
        return convertScalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode mapping) throws PolicyException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || !Tag.STR.equals(key.getTag())) {
                throw PolicyYaml.error(origin, key, "keys must be plain strings");
            }
            if (object.has(scalar.getValue())) {
                throw PolicyYaml.error(origin, key, "duplicate key '" + scalar.getValue() + "'");
            }
            object.set(scalar.getValue(), convert(tuple.getValueNode()));
        }
        return object;
    }

    private JsonNode convertScalar(ScalarNode scalar) throws PolicyException {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return JsonNodeFactory.instance.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JsonNodeFactory.instance.booleanNode(isTrue(text));
            }
            if (Tag.INT.equals(tag)) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(text.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            // hex, octal, sexagesimal and .inf forms: no policy value needs them
            throw PolicyYaml.error(origin, scalar, "unsupported number '" + text + "'");
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static boolean isTrue(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }
}
