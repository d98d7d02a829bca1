// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSAF product tree as {@link VexProduct}s by product id: the products of the branches (at
 * any depth) and of {@code full_product_names} carry the purl and CPE of their
 * product_identification_helper; a relationship's product is the product it relates to
 * (platform, image, distribution) with the referenced product (the package) as its single
 * subcomponent, so a statement about it speaks of that package on that platform.
 *
 * <p>Relationships may refer to products that are themselves relationships. A cycle among
 * them (A made of B, B made of A) is reported once as {@code cyclic-product-tree} and cut at
 * the product that closes it, which is then known by its id alone; resolution always ends.
 */
final class CsafProductTree {

    private final Map<String, VexProduct> plain = new LinkedHashMap<>();
    private final Map<String, JsonNode> relationships = new LinkedHashMap<>();
    private final Map<String, String> relationshipPointers = new HashMap<>();
    private final Map<String, VexProduct> resolved = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private final VexDocumentBuilder doc;

    private CsafProductTree(VexDocumentBuilder doc) {
        this.doc = doc;
    }

    static CsafProductTree of(JsonNode tree, VexDocumentBuilder doc) {
        CsafProductTree products = new CsafProductTree(doc);
        JsonNode root = VexJson.object(tree, "product_tree");
        VexJson.array(root, "branches").forEach(products::addBranch);
        VexJson.array(root, "full_product_names").forEach(products::addPlain);
        List<JsonNode> relationships = VexJson.array(root, "relationships");
        for (int i = 0; i < relationships.size(); i++) {
            JsonNode relationship = relationships.get(i);
            String id = VexJson.text(VexJson.object(relationship, "full_product_name"),
                    "product_id");
            if (id != null) {
                products.relationships.put(id, relationship);
                products.relationshipPointers.put(id, "/product_tree/relationships/" + i);
            }
        }
        for (JsonNode group : VexJson.array(root, "product_groups")) {
            String id = VexJson.text(group, "group_id");
            if (id != null) {
                products.groups.put(id, VexJson.texts(group, "product_ids"));
            }
        }
        return products;
    }

    /** Whether the tree defines this product id. */
    boolean contains(String productId) {
        return plain.containsKey(productId) || relationships.containsKey(productId);
    }

    /** The product ids of a product group, empty for an unknown group. */
    List<String> group(String groupId) {
        return groups.getOrDefault(groupId, List.of());
    }

    /** The product with this id, resolved through relationships; known by id alone if absent. */
    VexProduct product(String productId) {
        return resolve(productId, new HashSet<>());
    }

    private VexProduct resolve(String productId, Set<String> visiting) {
        VexProduct known = plain.get(productId) != null ? plain.get(productId)
                : resolved.get(productId);
        if (known != null) {
            return known;
        }
        JsonNode relationship = relationships.get(productId);
        if (relationship == null) {
            return bare(productId);
        }
        if (!visiting.add(productId)) {
            doc.warn(relationshipPointers.get(productId), "cyclic-product-tree", "relationship "
                    + "product '" + productId + "' is made of itself; the cycle is cut here");
            return bare(productId);
        }
        VexProduct platform = resolve(VexJson.text(relationship,
                "relates_to_product_reference"), visiting);
        VexProduct component = resolve(VexJson.text(relationship, "product_reference"), visiting);
        visiting.remove(productId);
        VexProduct product = new VexProduct(productId, platform.purls(), platform.cpes(), null,
                List.of(component));
        resolved.put(productId, product);
        return product;
    }

    private static VexProduct bare(String productId) {
        return new VexProduct(productId, List.of(), List.of(), null, List.of());
    }

    private void addBranch(JsonNode branch) {
        JsonNode product = VexJson.object(branch, "product");
        if (product != null) {
            addPlain(product);
        }
        VexJson.array(branch, "branches").forEach(this::addBranch);
    }

    private void addPlain(JsonNode fullProductName) {
        String id = VexJson.text(fullProductName, "product_id");
        if (id == null) {
            return;
        }
        JsonNode helper = VexJson.object(fullProductName, "product_identification_helper");
        List<String> purls = new ArrayList<>();
        List<String> cpes = new ArrayList<>();
        if (VexJson.text(helper, "purl") != null) {
            purls.add(VexJson.text(helper, "purl"));
        }
        if (VexJson.text(helper, "cpe") != null) {
            cpes.add(VexJson.text(helper, "cpe"));
        }
        plain.putIfAbsent(id, new VexProduct(id, purls, cpes, null, List.of()));
    }
}
