// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * That one leaf is in a {@link MerkleTree} of {@code treeSize} leaves: its index and the
 * sibling hashes from the leaf up (RFC 9162 section 2.1.3). As JSON:
 * {@code {"leafIndex": n, "treeSize": n, "path": ["<hex>", ...]}}.
 */
public record InclusionProof(int leafIndex, int treeSize, List<byte[]> path) {

    private static final HexFormat HEX = HexFormat.of();

    public InclusionProof {
        List<byte[]> copies = new ArrayList<>(path.size());
        path.forEach(hash -> copies.add(hash.clone()));
        path = List.copyOf(copies);
    }

    /**
     * True when this path leads from the leaf's data to {@code root}: RFC 9162's verification
     * algorithm (section 2.1.3.2), which also requires the path to have exactly the length the
     * tree size implies.
     */
    public boolean verify(byte[] leafData, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1L;
        byte[] r = MerkleTree.leafHash(leafData);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("leafIndex", leafIndex);
        node.put("treeSize", treeSize);
        ArrayNode array = node.putArray("path");
        path.forEach(hash -> array.add(HEX.formatHex(hash)));
        return node;
    }

    /** @throws AttestationException when a member is missing or not what the format says */
    public static InclusionProof fromJson(JsonNode node) {
        if (!node.path("leafIndex").canConvertToInt() || !node.path("treeSize").canConvertToInt()
                || !node.path("path").isArray()) {
            throw new AttestationException("inclusion proof needs leafIndex, treeSize and path");
        }
        List<byte[]> path = new ArrayList<>();
        for (JsonNode hash : node.get("path")) {
            String hex = hash.asText("");
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new AttestationException("inclusion proof path entry is not 64 hex digits: "
                        + hash);
            }
            path.add(HEX.parseHex(hex));
        }
        return new InclusionProof(node.get("leafIndex").intValue(),
                node.get("treeSize").intValue(), path);
    }
}
