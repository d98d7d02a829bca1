// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-read common time form against java.time's parsers, the reference. */
class PolicyTimesTest {

    private static final List<String> TEXTS = List.of("2026-01-31T12:00:00Z",
            "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-01T24:00:00Z",
            "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2026-01-01t00:00:00z", "2026-01-01T00:00:00+02:00",
            "2026-01-01T00:00:00.5Z", "2026-01-01", "2026-1-01T00:00:00Z", "2026-01-01T0a:00:00Z",
            " 2026-01-01T00:00:00Z ", "not a time", "+2026-01-01T00:00:0Z");

    @Test
    void commonFormReadsAsJavaTimeDoes() {
        for (String text : TEXTS) {
            assertThat(Times.parse(text)).as(text).isEqualTo(reference(text));
        }
    }

    private static Instant reference(String text) {
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
}
