// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

/**
 * The scan server refused a request, failed the scan, or could not be reached. The message is
 * one line, complete without a stack trace.
 */
final class ServerException extends Exception {

    ServerException(String message) {
        super(message);
    }

    ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
