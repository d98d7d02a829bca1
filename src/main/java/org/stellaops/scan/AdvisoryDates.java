// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The publication time a finding's policy facts carry: the earliest {@code published} among
 * its advisories. Each advisory is looked up once per scan (a snapshot reads it from the
 * stored record), and dates are parsed only when there are several to compare. The scan's
 * VEX/policy stage and the policy preview over a stored report both use it, so they agree.
 * Not thread-safe: one per scan.
 */
public final class AdvisoryDates {

    private final Function<String, String> publishedOf;
    private final Map<String, Optional<String>> byAdvisory = new HashMap<>();
    private final Map<String, Instant> parsed = new HashMap<>();

    /** @param publishedOf an advisory's {@code published} time by its id, or null */
    public AdvisoryDates(Function<String, String> publishedOf) {
        this.publishedOf = publishedOf;
    }

    /**
     * The earliest publication among these advisories, as written, or null. One advisory's
     * date is passed on unparsed: the policy treats a date that does not parse as unknown.
     */
    public String earliestOf(List<String> advisories) {
        if (advisories.size() == 1) {
            return publishedOf(advisories.get(0));
        }
        Instant earliest = null;
        String text = null;
        for (String advisory : advisories) {
            String published = publishedOf(advisory);
            Instant time = published == null ? null
                    : parsed.computeIfAbsent(published, AdvisoryDates::instantOrNull);
            if (time != null && (earliest == null || time.isBefore(earliest))) {
                earliest = time;
                text = published;
            }
        }
        return text;
    }

    private String publishedOf(String advisory) {
        return byAdvisory.computeIfAbsent(advisory,
                id -> Optional.ofNullable(publishedOf.apply(id))).orElse(null);
    }

    private static Instant instantOrNull(String text) {
        try {
            // OSV writes almost every date as 2024-01-31T12:00:00Z, which Instant.parse reads
            // several times faster than the general RFC 3339 parser
            return isPlainUtc(text) ? Instant.parse(text)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isPlainUtc(String text) {
        return text.length() == 20 && text.charAt(10) == 'T' && text.charAt(19) == 'Z';
    }
}
