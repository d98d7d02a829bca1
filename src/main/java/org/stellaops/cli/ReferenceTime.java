// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses {@code --as-of} and other times and writes them in one canonical form: UTC, whole
 * seconds, {@code Z}.
 */
final class ReferenceTime {

    private static final DateTimeFormatter CANONICAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private ReferenceTime() {
    }

    static String parse(String text) throws UsageException {
        return parse(text, "--as-of");
    }

    /** As {@link #parse(String)}, naming {@code option} in the error. */
    static String parse(String text, String option) throws UsageException {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip());
            return time.withOffsetSameInstant(ZoneOffset.UTC).format(CANONICAL);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be an RFC 3339 time such as "
                    + "2026-01-31T12:00:00Z, not '" + text + "'");
        }
    }
}
