// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stellaops.severity.SeverityLevel;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a schema-valid policy document's nodes into rules and gates, and checks what a JSON
 * schema cannot say: rule ids are unique, gate names are unique, and an expiry is a date or
 * an RFC 3339 time, and {@code expires} and {@code to} sit on the actions they
 * belong to. Each refusal points at the offending node.
 */
final class PolicyReader {

    private final String origin;
    private final String[] sourceLines;

    PolicyReader(String origin, String text) {
        this.origin = origin;
        this.sourceLines = text.split("\r?\n", -1);
    }

    List<PolicyRule> readRules(Node root) throws PolicyException {
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : Nodes.items(Nodes.value(root, "rules"))) {
            String id = Nodes.text(node, "id");
            if (!ids.add(id)) {
                throw PolicyYaml.error(origin, Nodes.value(node, "id"),
                        "duplicate rule id '" + id + "'");
            }
            rules.add(readRule(node, id));
        }
        return rules;
    }

    List<PolicyGate> readGates(Node root) throws PolicyException {
        List<PolicyGate> gates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node node : Nodes.items(Nodes.value(root, "gates"))) {
            String name = Nodes.text(node, "name");
            if (!names.add(name)) {
                throw PolicyYaml.error(origin, Nodes.value(node, "name"),
                        "duplicate gate name '" + name + "'");
            }
            String message = Nodes.text(node, "message");
            gates.add(new PolicyGate(name, message == null ? name : message,
                    expression(Nodes.value(node, "cel"))));
        }
        return gates;
    }

    private PolicyRule readRule(Node node, String id) throws PolicyException {
        PolicyAction action = PolicyAction.valueOf(
                Nodes.text(node, "action").toUpperCase(Locale.ROOT));
        String expires = Nodes.text(node, "expires");
        if (expires != null && Times.parseExpiry(expires) == null) {
            throw PolicyYaml.error(origin, Nodes.value(node, "expires"), "expires '" + expires
                    + "' is neither a date (2027-01-31) nor an RFC 3339 time");
        }
        if (expires != null && action != PolicyAction.IGNORE) {
            throw PolicyYaml.error(origin, Nodes.keyNode(node, "expires"),
                    "only an ignore rule may expire");
        }
        String to = Nodes.text(node, "to");
        if (to != null && action != PolicyAction.ESCALATE) {
            throw PolicyYaml.error(origin, Nodes.keyNode(node, "to"),
                    "only an escalate rule takes 'to'");
        }
        SeverityLevel escalateTo = to == null ? null
                : SeverityLevel.valueOf(to.toUpperCase(Locale.ROOT));
        Node cel = Nodes.value(node, "cel");
        return new PolicyRule(id, action, Nodes.text(node, "reason"), expires, escalateTo,
                ConditionReader.read(Nodes.value(node, "when")),
                cel == null ? null : expression(cel));
    }

    private ExpressionSource expression(Node node) {
        return ExpressionSource.of((ScalarNode) node, sourceLines);
    }
}
