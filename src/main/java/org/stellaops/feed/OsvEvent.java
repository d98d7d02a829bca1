// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/** One event of an OSV range: a version where the vulnerability starts, ends or stops counting. */
public record OsvEvent(Kind kind, String version) {

    /** The OSV event kinds, in the field names OSV uses. */
    public enum Kind {
        INTRODUCED("introduced"),
        FIXED("fixed"),
        LAST_AFFECTED("last_affected"),
        LIMIT("limit");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public static Kind ofField(String field) {
            for (Kind kind : values()) {
                if (kind.field.equals(field)) {
                    return kind;
                }
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return kind.field + "=" + version;
    }
}
