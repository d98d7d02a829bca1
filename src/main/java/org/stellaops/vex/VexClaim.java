// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * What a reader extracted for one statement before the document's context (source, issuer,
 * fallback timestamp) is added by {@link VexDocumentBuilder}.
 *
 * @param timestamp the statement's own checked timestamp, or null to inherit the document's
 */
record VexClaim(
        String vulnerability,
        List<String> aliases,
        List<VexProduct> products,
        VexStatus status,
        VexJustification justification,
        String justificationText,
        String impactStatement,
        String actionStatement,
        String timestamp) {
}
