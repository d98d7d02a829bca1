// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

/**
 * A manifest that cannot be read, or a scan that cannot be replayed (an input or the snapshot is
 * missing or altered): an error, not a verdict on the outputs. The message names the file, the
 * field or digest and the reason.
 */
public final class ReplayException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(message);
    }

    public ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
