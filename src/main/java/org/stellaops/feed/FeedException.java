// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/**
 * A feed input that cannot be imported. It names the file (and the zip entry inside it), the
 * position within the document when known (line:column or a JSON path) and the reason.
 */
public final class FeedException extends Exception {

    private final String origin;
    private final String position;
    private final String reason;

    public FeedException(String origin, String position, String reason) {
        super(format(origin, position, reason));
        this.origin = origin;
        this.position = position;
        this.reason = reason;
    }

    public FeedException(String origin, String position, String reason, Throwable cause) {
        this(origin, position, reason);
        initCause(cause);
    }

    public String origin() {
        return origin;
    }

    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    private static String format(String origin, String position, String reason) {
        String where = position == null || position.isEmpty() ? origin : origin + " at " + position;
        return where + ": " + reason;
    }
}
