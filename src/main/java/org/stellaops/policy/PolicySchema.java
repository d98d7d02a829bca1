// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks a policy document against the published schema, {@code stella-policy-1.schema.json}
 * (bundled on the class path; a test keeps it identical to the copy under docs/schemas).
 *
 * <p>A violation is reported at the YAML node it concerns: the schema library names the JSON
 * path, which is walked back through the YAML nodes, and an unknown key is pointed at the key
 * itself. Of several violations the deepest is reported, since a failed {@code oneOf} also
 * complains about its parent, which is the less useful message.
 */
final class PolicySchema {

    private static final JsonSchema SCHEMA = JsonSchemaFactory
            .getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of("classpath:schemas/stella-policy-1.schema.json"));

    private PolicySchema() {
    }

    static void validate(String origin, JsonNode document, Node root) throws PolicyException {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        if (messages.isEmpty()) {
            return;
        }
        ValidationMessage first = messages.stream()
                .min(Comparator.comparingInt((ValidationMessage m) ->
                                -m.getInstanceLocation().getNameCount())
                        .thenComparing(ValidationMessage::getMessage))
                .orElseThrow();
        Node at = locate(root, first.getInstanceLocation());
        if ("additionalProperties".equals(first.getType()) && first.getProperty() != null) {
            at = Nodes.keyNode(at, first.getProperty());
            throw PolicyYaml.error(origin, at, "unknown key '" + first.getProperty() + "'");
        }
        throw PolicyYaml.error(origin, at, "schema violation: " + first.getMessage());
    }

    private static Node locate(Node root, JsonNodePath path) {
        Node node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            Node next = element instanceof Integer index ? Nodes.item(node, index)
                    : Nodes.value(node, String.valueOf(element));
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }
}
