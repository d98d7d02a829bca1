// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code sha256:<hex>} digest of a document's bytes, as reports and attestations cite it. */
final class VexDigest {

    private VexDigest() {
    }

    static String of(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
