// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Statement timestamps read by hand in their common form, against java.time's parser. */
class StatementTimesTest {

    private static final List<String> TEXTS = List.of("2026-01-31T12:00:00Z",
            "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-01T24:00:00Z",
            "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2026-01-01t00:00:00z", "2026-01-01T00:00:00+02:00",
            "2026-01-01T00:00:00.5Z", "2026-01-01", "2026-1-01T00:00:00Z", "2026-01-01T0a:00:00Z",
            " 2026-01-01T00:00:00Z ", "not a time", "+2026-01-01T00:00:0Z", "");

    @Test
    void listedTextsReadAsJavaTimeReadsThem() {
        for (String text : TEXTS) {
            assertThat(StatementWeights.instantOf(text)).as(text).isEqualTo(reference(text));
        }
        assertThat(StatementWeights.instantOf(null)).isNull();
    }

    @Test
    void generatedCommonFormsReadAsJavaTimeReadsThem() {
        Random random = new Random(7);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            // fields drawn past their ranges now and then: day 31 of April, hour 24, second 60
            String text = "%04d-%02d-%02dT%02d:%02d:%02dZ".formatted(random.nextInt(10_000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26),
                    random.nextInt(62), random.nextInt(62));
            Instant expected = reference(text);
            assertThat(StatementWeights.instantOf(text)).as(text).isEqualTo(expected);
            read += expected == null ? 0 : 1;
        }
        // most draws are valid times; the rest try every range check
        assertThat(read).isBetween(10_000, 19_000);
    }

    private static Instant reference(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
