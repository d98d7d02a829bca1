// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

/** The advisory database cannot do what was asked: no snapshot, unknown digest, busy, broken. */
public final class DatabaseException extends Exception {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
