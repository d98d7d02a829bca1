// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** RFC 3339 times in the one form every report uses: UTC, whole seconds, {@code Z}. */
public final class Times {

    private static final DateTimeFormatter CANONICAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private Times() {
    }

    /**
     * The canonical form of an RFC 3339 time.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static String canonical(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip());
            return time.withOffsetSameInstant(ZoneOffset.UTC).format(CANONICAL);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC 3339 time such as "
                    + "2026-01-31T12:00:00Z, not '" + text + "'", e);
        }
    }

    /** As {@link #canonical}, or null when the text is null or not a time. */
    static String canonicalOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return canonical(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
