// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenVEX: 0.2.0 (validated against its official schema) and the pre-0.2.0 shape whose
 * {@code @context} is {@code https://openvex.dev/ns} or {@code .../ns/v0.0.1}, in which a
 * vulnerability and each product are bare strings. No schema of that shape is published, so
 * such a document is read leniently and gets a {@code legacy-openvex} warning.
 *
 * <p>The issuer is the document's {@code author}: a statement's {@code supplier} names who
 * supplies the product, not who makes the claim. A statement's own timestamp overrides the
 * document's. The vulnerability id is {@code name} (else {@code @id}, an IRI); the aliases are
 * {@code aliases}.
 */
final class OpenVexReader {

    static final String CONTEXT = "https://openvex.dev/ns";

    private OpenVexReader() {
    }

    static VexDocument read(String origin, byte[] bytes, JsonNode tree) throws VexException {
        VexDocumentBuilder doc = new VexDocumentBuilder(origin, VexFormat.OPENVEX, bytes);
        doc.documentId(VexJson.text(tree, "@id"));
        if (isLegacy(VexJson.text(tree, "@context"))) {
            doc.warn("/@context", "legacy-openvex", "pre-0.2.0 OpenVEX, read without schema "
                    + "validation (no official schema of that version is published)");
        } else {
            VexSchemas.validateOpenVex(tree, origin);
        }
        doc.issuer(VexJson.text(tree, "author"));
        doc.timestamp(VexJson.text(tree, "timestamp"), "/timestamp");
        List<JsonNode> statements = VexJson.array(tree, "statements");
        for (int i = 0; i < statements.size(); i++) {
            String pointer = "/statements/" + i;
            doc.add(pointer, claimOf(statements.get(i), pointer, doc));
        }
        return doc.build();
    }

    private static boolean isLegacy(String context) {
        return CONTEXT.equals(context) || (CONTEXT + "/v0.0.1").equals(context);
    }

    private static VexClaim claimOf(JsonNode statement, String pointer, VexDocumentBuilder doc)
            throws VexException {
        JsonNode vulnerability = statement.get("vulnerability");
        String id = vulnerability != null && vulnerability.isTextual() ? vulnerability.asText()
                : firstOf(VexJson.text(vulnerability, "name"), VexJson.text(vulnerability, "@id"));
        if (id == null || id.isBlank()) {
            throw new VexException(doc.source(pointer).origin(), pointer + "/vulnerability",
                    "the statement names no vulnerability");
        }
        String statusText = VexJson.text(statement, "status");
        VexStatus status = VexStatus.parse(statusText).orElseThrow(() -> new VexException(
                doc.source(pointer).origin(), pointer + "/status",
                "unknown status '" + statusText + "'"));
        String justificationText = VexJson.text(statement, "justification");
        VexJustification justification = justificationOf(justificationText, pointer, doc);
        return new VexClaim(id, VexJson.texts(vulnerability, "aliases"), productsOf(statement),
                status, justification, justificationText,
                VexJson.text(statement, "impact_statement"),
                VexJson.text(statement, "action_statement"),
                doc.checkedTimestamp(VexJson.text(statement, "timestamp"), pointer + "/timestamp"));
    }

    private static VexJustification justificationOf(String text, String pointer,
            VexDocumentBuilder doc) {
        if (text == null) {
            return null;
        }
        VexJustification justification = VexJustification.parse(text).orElse(null);
        if (justification == null) {
            doc.warn(pointer + "/justification", "unknown-justification",
                    "'" + text + "' is no OpenVEX justification; kept as text only");
        }
        return justification;
    }

    private static List<VexProduct> productsOf(JsonNode statement) {
        // pre-0.2.0 documents may list subcomponents on the statement, for every product
        List<VexProduct> shared = new ArrayList<>();
        VexJson.array(statement, "subcomponents").forEach(s -> shared.add(productOf(s, List.of())));
        List<VexProduct> products = new ArrayList<>();
        for (JsonNode product : VexJson.array(statement, "products")) {
            products.add(productOf(product, shared));
        }
        return products;
    }

    private static VexProduct productOf(JsonNode node, List<VexProduct> inherited) {
        if (node.isTextual()) {
            String id = node.asText();
            return new VexProduct(id, id.startsWith("pkg:") ? List.of(id) : List.of(), List.of(),
                    null, inherited);
        }
        String id = VexJson.text(node, "@id");
        List<String> purls = new ArrayList<>();
        if (id != null && id.startsWith("pkg:")) {
            purls.add(id);
        }
        JsonNode identifiers = VexJson.object(node, "identifiers");
        addNew(purls, VexJson.text(identifiers, "purl"));
        List<String> cpes = new ArrayList<>();
        addNew(cpes, VexJson.text(identifiers, "cpe23"));
        addNew(cpes, VexJson.text(identifiers, "cpe22"));
        List<VexProduct> subcomponents = new ArrayList<>(inherited);
        VexJson.array(node, "subcomponents").forEach(s -> subcomponents.add(productOf(s, List.of())));
        String named = id != null ? id : !purls.isEmpty() ? purls.get(0) : firstOf(cpes);
        return new VexProduct(named, purls, cpes, null, subcomponents);
    }

    private static void addNew(List<String> values, String value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    private static String firstOf(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
