// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

/**
 * What the command line makes of the server's quota headers: a warning or a hold is said on
 * standard error (once per distinct text); a 429 of the rate limit is waited out and retried
 * with {@code --wait-quota} (at most {@link #MAX_WAITS} times and {@link #PATIENCE_MINUTES}
 * minutes in all), or else reported with the wait the server asked for, as a failure (exit 2).
 * A scan past the daily quota is held by the server itself, not refused; the client's request
 * simply takes longer, so there is nothing to retry.
 */
final class QuotaNotices {

    static final int MAX_WAITS = 30;
    static final int PATIENCE_MINUTES = 15;
    private static final String REFUSED = "X-Stella-Quota-Refused";

    private final boolean wait;
    private final PrintWriter err;
    private final Set<String> said = new HashSet<>();
    private int waits;
    private long waitedMs;

    QuotaNotices(boolean wait, PrintWriter err) {
        this.wait = wait;
        this.err = err;
    }

    /** Reports nothing and never waits (clients other than {@code stella scan}). */
    static QuotaNotices silent() {
        return new QuotaNotices(false, null);
    }

    /** A 429 of the server's access layer (rate limit), not of its full queue. */
    static boolean refusedByAccessLayer(HttpResponse<?> response) {
        return response.headers().firstValue(REFUSED).isPresent();
    }

    /**
     * How long to wait before retrying a refused request (ms), or a failure when
     * {@code --wait-quota} is not given or its patience is spent.
     */
    long waitBeforeRetry(HttpResponse<?> response) throws ServerException {
        long seconds = retryAfterSeconds(response);
        long ms = seconds * 1000;
        if (!wait) {
            throw new ServerException("server: rate limit reached; it asks to retry after "
                    + seconds + " s (pass --wait-quota to wait and retry)");
        }
        if (waits >= MAX_WAITS || waitedMs + ms > PATIENCE_MINUTES * 60_000L) {
            throw new ServerException("server: still rate limited after " + waits
                    + " waits (" + waitedMs / 1000 + " s); giving up");
        }
        waits++;
        waitedMs += ms;
        say("rate limit reached: waiting " + seconds + " s as the server asks (--wait-quota)");
        return ms;
    }

    /** Says the quota warning and the hold, if the answer carries them. */
    void report(HttpResponse<?> response) {
        response.headers().firstValue("X-Stella-Quota-Delayed").ifPresent(ms -> say(
                "the server held this request " + ms + " ms: the daily scan quota is used up"));
        response.headers().firstValue("X-Stella-Quota-Warning")
                .ifPresent(text -> say("quota: " + text));
    }

    private static long retryAfterSeconds(HttpResponse<?> response) {
        try {
            return Math.max(1, Long.parseLong(response.headers().firstValue("Retry-After")
                    .orElse("1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void say(String text) {
        if (err != null && said.add(text)) {
            err.println("warning: " + text);
            err.flush();
        }
    }
}
