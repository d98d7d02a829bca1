// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

/** A request the command line understood but cannot carry out, e.g. an option not built yet. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
