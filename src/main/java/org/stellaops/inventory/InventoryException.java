// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;

/** A package database, manifest or lockfile that cannot be read, with the file and reason. */
public final class InventoryException extends IOException {

    public InventoryException(String path, String reason) {
        super(path + ": " + reason);
    }

    public InventoryException(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
    }
}
