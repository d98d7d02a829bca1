// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest naming what a tree holds, for targets that have no digest of their own (a folder):
 * sha256 over one line per package ({@code purl TAB path}) in the inventory's sorted order. Two
 * trees with the same packages at the same paths get the same digest.
 */
public final class InventoryDigest {

    private InventoryDigest() {
    }

    /** {@code sha256:HEX} of the inventory's package lines. */
    public static String of(Inventory inventory) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (InventoryPackage p : inventory.packages()) {
                String line = p.pkg().purl() + "\t" + p.pkg().path() + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
