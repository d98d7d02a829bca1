// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks RFC 3339 date-times (section 5.6): full date, {@code T}, time with optional
 * fraction, and {@code Z} or a numeric offset. Whether a time lies in the future is not
 * decided here: the consensus stage does that with its own clock.
 */
final class VexTimestamps {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private VexTimestamps() {
    }

    static boolean isRfc3339(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            // the shape is right; parsing catches month 13, hour 25 and the like
            OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
