// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

/** A CVSS vector that cannot be scored. The message names the vector and what is wrong. */
public final class InvalidCvssException extends Exception {

    private final String vector;

    public InvalidCvssException(String vector, String reason) {
        super("invalid CVSS vector '" + vector + "': " + reason);
        this.vector = vector;
    }

    /** The vector exactly as it was handed to the calculator. */
    public String vector() {
        return vector;
    }
}
