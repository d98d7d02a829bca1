// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSAF 2.0 documents (any category; the csaf_vex profile is the usual one), validated
 * against the official schema. The issuer is document.publisher.name, the id
 * document.tracking.id, the timestamp document.tracking.current_release_date.
 *
 * <p>Statements: for each vulnerability and each product_status group with a status (see
 * {@link CsafStatuses}), the group's products are split by what the document says of each
 * (flag justification, impact threat, remediations) and every distinct combination becomes
 * one statement, in the order its first product appears; its pointer is that of the group,
 * {@code /vulnerabilities/<i>/product_status/<category>}. The vulnerability is the cve, else
 * the first ids entry; the other ids (and the cve) are aliases.
 */
final class CsafVexReader {

    private CsafVexReader() {
    }

    static VexDocument read(String origin, byte[] bytes, JsonNode tree) throws VexException {
        VexSchemas.validateCsaf(tree, origin);
        VexDocumentBuilder doc = new VexDocumentBuilder(origin, VexFormat.CSAF, bytes);
        JsonNode document = VexJson.object(tree, "document");
        doc.documentId(VexJson.text(VexJson.object(document, "tracking"), "id"));
        doc.issuer(VexJson.text(VexJson.object(document, "publisher"), "name"));
        doc.timestamp(VexJson.text(VexJson.object(document, "tracking"), "current_release_date"),
                "/document/tracking/current_release_date");
        CsafProductTree products = CsafProductTree.of(tree, doc);
        List<JsonNode> vulnerabilities = VexJson.array(tree, "vulnerabilities");
        for (int i = 0; i < vulnerabilities.size(); i++) {
            readVulnerability(vulnerabilities.get(i), "/vulnerabilities/" + i, products, doc);
        }
        return doc.build();
    }

    private static void readVulnerability(JsonNode vulnerability, String pointer,
            CsafProductTree products, VexDocumentBuilder doc) {
        List<String> ids = new ArrayList<>();
        if (VexJson.text(vulnerability, "cve") != null) {
            ids.add(VexJson.text(vulnerability, "cve"));
        }
        VexJson.array(vulnerability, "ids").forEach(id -> {
            if (VexJson.text(id, "text") != null) {
                ids.add(VexJson.text(id, "text"));
            }
        });
        if (ids.isEmpty()) {
            doc.warn(pointer, "no-vulnerability-id", "neither a cve nor ids: no statements read");
            return;
        }
        CsafProductFacts facts = CsafProductFacts.of(vulnerability, products, doc, pointer);
        JsonNode statuses = VexJson.object(vulnerability, "product_status");
        if (statuses == null) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> groups = statuses.fields();
        while (groups.hasNext()) {
            Map.Entry<String, JsonNode> group = groups.next();
            VexStatus status = CsafStatuses.of(group.getKey());
            if (status != null) {
                String at = pointer + "/product_status/" + group.getKey();
                readGroup(ids, status, VexJson.texts(statuses, group.getKey()), at, products,
                        facts, doc);
            }
        }
    }

    private static void readGroup(List<String> ids, VexStatus status, List<String> productIds,
            String pointer, CsafProductTree products, CsafProductFacts facts,
            VexDocumentBuilder doc) {
        Map<CsafProductFacts.Fact, List<VexProduct>> byFact = new LinkedHashMap<>();
        for (String productId : productIds) {
            if (!products.contains(productId)) {
                doc.warn(pointer, "unknown-product",
                        "product id '" + productId + "' is not in the product tree");
            }
            CsafProductFacts.Fact fact = facts.of(productId, status);
            byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(products.product(productId));
        }
        byFact.forEach((fact, grouped) -> doc.add(pointer, new VexClaim(ids.get(0), ids,
                grouped, status, fact.justification(), fact.justificationText(),
                fact.impactStatement(), fact.actionStatement(), null)));
    }
}
