// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stellaops.severity.SeverityLevel;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Builds a rule's conditions from its {@code when:} mapping, in the order written, so the
 * trace names the first condition that failed as the user reads the rule. The schema has
 * already fixed the keys and value shapes; what is left here is turning words into values.
 */
final class ConditionReader {

    private ConditionReader() {
    }

    static List<Condition> read(Node when) {
        List<Condition> conditions = new ArrayList<>();
        if (!(when instanceof MappingNode mapping)) {
            return conditions;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            conditions.add(condition(key, tuple.getValueNode()));
        }
        return conditions;
    }

    private static Condition condition(String key, Node value) {
        return switch (key) {
            case "id" -> new GlobCondition(GlobCondition.Field.ID, Nodes.texts(value));
            case "package" -> new GlobCondition(GlobCondition.Field.PACKAGE, Nodes.texts(value));
            case "purl" -> new GlobCondition(GlobCondition.Field.PURL, Nodes.texts(value));
            case "layer" -> new GlobCondition(GlobCondition.Field.LAYER, Nodes.texts(value));
            case "ecosystem" -> new ChoiceCondition(ChoiceCondition.Field.ECOSYSTEM,
                    Nodes.texts(value));
            case "vexStatus" -> new ChoiceCondition(ChoiceCondition.Field.VEX_STATUS,
                    Nodes.texts(value));
            case "vexJustification" -> new ChoiceCondition(
                    ChoiceCondition.Field.VEX_JUSTIFICATION, Nodes.texts(value));
            case "fixAvailable" -> new FixCondition(
                    Boolean.parseBoolean(((ScalarNode) value).getValue()));
            case "severity" -> severity(value);
            case "cvss" -> cvss(value);
            case "advisoryAge" -> new AgeCondition(Nodes.text(value, "olderThan"),
                    Nodes.text(value, "newerThan"));
            default -> throw new IllegalStateException("key not in the schema: " + key);
        };
    }

    private static Condition severity(Node value) {
        if (value instanceof MappingNode) {
            return SeverityCondition.between(level(Nodes.text(value, "atLeast")),
                    level(Nodes.text(value, "atMost")));
        }
        Set<SeverityLevel> levels = EnumSet.noneOf(SeverityLevel.class);
        for (String word : Nodes.texts(value)) {
            levels.add(level(word));
        }
        return SeverityCondition.anyOf(levels);
    }

    private static Condition cvss(Node value) {
        Map<String, String> metrics = new LinkedHashMap<>();
        if (Nodes.value(value, "vector") instanceof MappingNode vector) {
            for (NodeTuple tuple : vector.getValue()) {
                metrics.put(((ScalarNode) tuple.getKeyNode()).getValue(),
                        ((ScalarNode) tuple.getValueNode()).getValue());
            }
        }
        return new CvssCondition(number(Nodes.text(value, "scoreAtLeast")),
                number(Nodes.text(value, "scoreAtMost")), metrics);
    }

    private static SeverityLevel level(String word) {
        return word == null ? null : SeverityLevel.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
