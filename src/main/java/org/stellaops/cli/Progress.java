// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;

/** Progress lines on standard error, only when a person is watching a terminal. */
final class Progress {

    private final PrintWriter err;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    static Progress onTerminal(PrintWriter err) {
        return new Progress(System.console() != null ? err : null);
    }

    void say(String message) {
        if (err != null) {
            err.println("stella: " + message + "...");
            err.flush();
        }
    }
}
