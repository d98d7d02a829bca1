// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells the VEX formats apart by content, never by file name: OpenVEX by an {@code @context}
 * under {@code https://openvex.dev/ns}, CSAF by {@code document.csaf_version}, CycloneDX JSON by
 * {@code bomFormat: CycloneDX}. (CycloneDX XML is told by its root namespace, before any JSON
 * parse; see {@link VexLoader}.)
 */
final class VexDetector {

    private VexDetector() {
    }

    /** The format of a JSON document, or null when it is none of the three. */
    static VexFormat formatOf(JsonNode tree) {
        if (!tree.isObject()) {
            return null;
        }
        if (isOpenVexContext(tree.get("@context"))) {
            return VexFormat.OPENVEX;
        }
        if (VexJson.text(VexJson.object(tree, "document"), "csaf_version") != null) {
            return VexFormat.CSAF;
        }
        if ("CycloneDX".equals(VexJson.text(tree, "bomFormat"))) {
            return VexFormat.CYCLONEDX;
        }
        return null;
    }

    private static boolean isOpenVexContext(JsonNode context) {
        if (context == null) {
            return false;
        }
        // JSON-LD allows an array of contexts; the OpenVEX one may be any of them
        if (context.isArray()) {
            for (JsonNode element : context) {
                if (isOpenVexContext(element)) {
                    return true;
                }
            }
            return false;
        }
        return context.isTextual() && context.asText().startsWith(OpenVexReader.CONTEXT);
    }
}
