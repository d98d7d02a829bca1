// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * A policy file that cannot be used: unreadable, malformed YAML, outside the schema, or with
 * a CEL expression that does not compile. The message always reads
 * {@code ORIGIN:LINE:COLUMN: reason}, the form editors and CI logs turn into a link.
 *
 * <p>Line and column are 1-based and point into the YAML file itself, also for an error inside
 * a CEL expression; both are 0 when no position is known (a file too large to read, say).
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final int line;
    private final int column;
    private final String reason;

    public PolicyException(String origin, int line, int column, String reason) {
        super(origin + ":" + line + ":" + column + ": " + reason);
        this.origin = origin;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file name or other label the policy was loaded from. */
    public String origin() {
        return origin;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem in words, without the position. */
    public String reason() {
        return reason;
    }
}
