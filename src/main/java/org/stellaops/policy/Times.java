// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the instants a policy and its facts carry: RFC 3339 times, or plain dates as UTC. The
 * common form {@code 2026-01-31T12:00:00Z} is read by hand, since every finding's publication
 * time is parsed on every evaluation and java.time's parser costs about a microsecond; any
 * other text, or a value that form cannot hold, goes to java.time, which stays the reference.
 */
final class Times {

    private Times() {
    }

    /** The instant, or null when the text is null or neither form. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant common = parseCommon(text);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} exactly, or null to leave the text to java.time. */
    private static Instant parseCommon(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            // of() checks the ranges (a 30 February, hour 24, second 60) as strictly as the parser
            return LocalDateTime.of(year, month, day, hour, minute, second)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, from + count)}, or -1 if a char is no digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The instant an expiry stands for. A plain date is valid through that whole day (UTC), so
     * {@code expires: 2027-01-31} still applies on the 31st and stops on 1 February.
     */
    static Instant parseExpiry(String text) {
        if (text != null && text.strip().length() == 10) {
            try {
                return LocalDate.parse(text.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return parse(text);
    }
}
