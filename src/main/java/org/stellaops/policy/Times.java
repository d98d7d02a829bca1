// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.stellaops.canonical.CommonTime;

/**
 * Reads the instants a policy and its facts carry: RFC 3339 times, or plain dates as UTC. The
 * common form {@code 2026-01-31T12:00:00Z} is read by hand ({@link CommonTime}), since every
 * finding's publication time is parsed on every evaluation; any other text, or a value that
 * form cannot hold, goes to java.time, which stays the reference.
 */
final class Times {

    private Times() {
    }

    /** The instant, or null when the text is null or neither form. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant common = CommonTime.parse(text);
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
