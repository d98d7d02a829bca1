// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

/**
 * A VEX document that cannot be used: not JSON (or XML), not any known format, or failing its
 * format's schema. The message names the document, the position and the reason.
 */
public final class VexException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String position;

    public VexException(String origin, String position, String reason) {
        super(origin + (position == null ? "" : " at " + position) + ": " + reason);
        this.origin = origin;
        this.position = position;
    }

    /** The document, as its origin was given. */
    public String origin() {
        return origin;
    }

    /** A JSON Pointer, {@code line L, column C}, or null when the whole document is meant. */
    public String position() {
        return position;
    }
}
