// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one CSAF vulnerability says of each product beyond its status, by product id (named
 * directly or through product_ids of a product group):
 *
 * <ul>
 *   <li>{@code flags[].label}: the justification (the label words are the OpenVEX
 *       justification words); the first flag naming a product wins;
 *   <li>{@code threats[]} of category {@code impact}: the impact statement, the first wins;
 *   <li>{@code remediations[]}: the action statement, every remediation naming the product as
 *       {@code category: details}, in document order, separated by a blank line.
 * </ul>
 *
 * Justification and impact belong to not-affected claims only (publishers such as Red Hat
 * write the severity as the impact threat of affected products); remediations belong to
 * every other status.
 */
final class CsafProductFacts {

    /** The facts that split one product_status group into statements. */
    record Fact(VexJustification justification, String justificationText, String impactStatement,
            String actionStatement) {
    }

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> impacts = new HashMap<>();
    private final Map<String, List<String>> actions = new HashMap<>();

    private CsafProductFacts() {
    }

    static CsafProductFacts of(JsonNode vulnerability, CsafProductTree tree,
            VexDocumentBuilder doc, String pointer) {
        CsafProductFacts facts = new CsafProductFacts();
        List<JsonNode> flags = VexJson.array(vulnerability, "flags");
        for (int i = 0; i < flags.size(); i++) {
            String label = VexJson.text(flags.get(i), "label");
            if (label != null && VexJustification.parse(label).isEmpty()) {
                doc.warn(pointer + "/flags/" + i + "/label", "unknown-justification",
                        "'" + label + "' is no CSAF flag label; kept as text only");
            }
            for (String id : productIds(flags.get(i), tree)) {
                facts.labels.putIfAbsent(id, label);
            }
        }
        for (JsonNode threat : VexJson.array(vulnerability, "threats")) {
            if ("impact".equals(VexJson.text(threat, "category"))) {
                for (String id : productIds(threat, tree)) {
                    facts.impacts.putIfAbsent(id, VexJson.text(threat, "details"));
                }
            }
        }
        for (JsonNode remediation : VexJson.array(vulnerability, "remediations")) {
            String action = VexJson.text(remediation, "category") + ": "
                    + VexJson.text(remediation, "details");
            for (String id : productIds(remediation, tree)) {
                facts.actions.computeIfAbsent(id, k -> new ArrayList<>()).add(action);
            }
        }
        return facts;
    }

    Fact of(String productId, VexStatus status) {
        if (status == VexStatus.NOT_AFFECTED) {
            String label = labels.get(productId);
            return new Fact(label == null ? null : VexJustification.parse(label).orElse(null),
                    label, impacts.get(productId), null);
        }
        List<String> steps = actions.get(productId);
        return new Fact(null, null, null, steps == null ? null : String.join("\n\n", steps));
    }

    private static Set<String> productIds(JsonNode node, CsafProductTree tree) {
        Set<String> ids = new LinkedHashSet<>(VexJson.texts(node, "product_ids"));
        for (String group : VexJson.texts(node, "group_ids")) {
            ids.addAll(tree.group(group));
        }
        return ids;
    }
}
