// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

/**
 * Where a statement or warning comes from, precise enough for a user to find it.
 *
 * @param origin the file path, upload part name or registry id of the document
 * @param documentId the document's own id (OpenVEX {@code @id}, CSAF tracking.id, CycloneDX
 *     serialNumber), or null when it has none
 * @param pointer a JSON Pointer (RFC 6901) to the statement within the document
 */
public record VexSource(String origin, String documentId, String pointer) {

    @Override
    public String toString() {
        return origin + (pointer == null || pointer.isEmpty() ? "" : "#" + pointer);
    }
}
