// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * One VEX document as read: its statements in document order and what was wrong with it.
 *
 * @param digest {@code sha256:} and the hex digest of the document's bytes
 */
public record VexDocument(
        String origin,
        VexFormat format,
        String documentId,
        String issuer,
        String timestamp,
        String digest,
        List<VexStatement> statements,
        List<VexWarning> warnings) {

    public VexDocument {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }
}
