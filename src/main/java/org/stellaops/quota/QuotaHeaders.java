// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.vertx.core.MultiMap;
import java.time.Instant;

/**
 * The quota headers of one response. {@code X-Stella-Quota-Limit} and
 * {@code X-Stella-Quota-Remaining} count scans per UTC day ({@code unlimited} for a tier
 * without a limit); {@code X-Stella-Quota-Reset} is when the count starts again, in seconds
 * since the epoch; {@code X-Stella-Quota-Warning} comes from the warning share on;
 * {@code X-Stella-Quota-Delayed} says how many milliseconds the request was held;
 * {@code X-Stella-Quota-Refused: rate} marks a 429 of the rate limit.
 */
final class QuotaHeaders {

    static final String LIMIT = "X-Stella-Quota-Limit";
    static final String REMAINING = "X-Stella-Quota-Remaining";
    static final String RESET = "X-Stella-Quota-Reset";
    static final String WARNING = "X-Stella-Quota-Warning";
    static final String DELAYED = "X-Stella-Quota-Delayed";
    /** On a 429 of the access layer (not of a full queue): what was exceeded. */
    static final String REFUSED = "X-Stella-Quota-Refused";

    private final QuotaPolicy policy;
    private final long limit;
    private long used;
    private final Instant reset;
    private long delayedMs;

    QuotaHeaders(QuotaPolicy policy, long limit, long used, Instant reset) {
        this.policy = policy;
        this.limit = limit;
        this.used = used;
        this.reset = reset;
    }

    /** The request's scan was counted, then not accepted, and given back. */
    void givenBack() {
        used = Math.max(0, used - 1);
    }

    void delayed(long ms) {
        delayedMs = ms;
    }

    void write(MultiMap headers) {
        boolean unlimited = limit == QuotaPolicy.UNLIMITED;
        headers.set(LIMIT, unlimited ? "unlimited" : String.valueOf(limit));
        headers.set(REMAINING, unlimited ? "unlimited"
                : String.valueOf(Math.max(0, limit - used)));
        headers.set(RESET, String.valueOf(reset.getEpochSecond()));
        if (policy.warns(used, limit)) {
            headers.set(WARNING, warning(delayedMs));
        }
        if (delayedMs > 0) {
            headers.set(DELAYED, String.valueOf(delayedMs));
        }
    }

    /** One line for people: how much is used, what happens next, when it resets. */
    String warning(long delayMs) {
        String text = used + " of " + limit + " scans used today; ";
        text += used > limit
                ? "scans past the quota are delayed (this one " + delayMs + " ms)"
                : "past " + limit + " scans are delayed, not refused";
        return text + "; the quota resets at " + reset;
    }
}
