// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.canonical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the common form of an RFC 3339 time, {@code 2026-01-31T12:00:00Z} exactly, by hand:
 * policy facts and VEX statements carry it almost always, and java.time's parser costs about
 * a microsecond a call. Anything else, or a value the form cannot hold, is left to the caller's
 * java.time parser, which stays the reference (a null here never means "not a time").
 */
public final class CommonTime {

    private CommonTime() {
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ssZ}, or null to leave the text to java.time. */
    public static Instant parse(String text) {
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
}
