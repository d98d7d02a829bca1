// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The rate tokens this replica holds for one caller, leased from the caller's bucket in Redis.
 * Tokens are taken out of the shared bucket when they are leased, so spending them here needs
 * no further word with Redis, and no replica can spend a token another one holds. They lapse
 * one lease time after the grant that last topped them up; a lapsed token is lost, never
 * given back, so a lapse can only admit fewer requests, never more.
 *
 * <p>Thread-safe: every method is a few field updates under this object's monitor, so event
 * loops never wait on one another for longer than that. Times are {@link System#nanoTime}
 * values (or a test's ticker), compared by difference so that their wrap does not matter.
 */
final class RateLease {

    private int tokens;
    private long lapsesAt;
    /** Completes when the batch being leased for the caller here is answered; null: none. */
    private CompletableFuture<Void> leasing;
    /** Dropped from the replica's leases: it leases nothing more (RateLeases#dropIdle). */
    private boolean retired;
    private volatile long used;

    /**
     * Takes one token for a request; returns how many are left, or -1 when there was none
     * (none leased, all spent, or lapsed at {@code now}).
     */
    synchronized int take(long now) {
        dropIfLapsed(now);
        if (tokens == 0) {
            return -1;
        }
        return --tokens;
    }

    /**
     * Claims the right to lease a batch for this caller: true for one claimant at a time, until
     * {@link #leased} or {@link #notLeased} ends the claim, and only while at most
     * {@code lowWater} tokens are held at {@code now}. Requests that find no token in the
     * meantime wait for that batch ({@link #leasing}) rather than pull more of the shared
     * bucket to this replica.
     *
     * <p>Only a claimant adds tokens, and held tokens only go down while it waits, so a lease
     * never holds more than {@code lowWater} plus one batch: the bound on what one replica can
     * spend of a caller's rate after Redis last heard of it.
     */
    synchronized boolean startLeasing(long now, int lowWater) {
        dropIfLapsed(now);
        if (retired || leasing != null || tokens > lowWater) {
            return false;
        }
        leasing = new CompletableFuture<>();
        return true;
    }

    /** Completes when the batch being leased here is answered; null when none is. */
    synchronized CompletionStage<Void> leasing() {
        return leasing;
    }

    /**
     * Ends a claim with the tokens Redis granted for keeping here (possibly none); they lapse
     * at {@code now} plus {@code lapseNanos}, and so do any left over from the last grant.
     */
    void leased(int granted, long now, long lapseNanos) {
        CompletableFuture<Void> answered;
        synchronized (this) {
            answered = leasing;
            leasing = null;
            if (granted > 0) {
                dropIfLapsed(now);
                tokens += granted;
                lapsesAt = now + lapseNanos;
            }
        }
        // outside the monitor: the requests waiting for the batch take their tokens now
        if (answered != null) {
            answered.complete(null);
        }
    }

    /** Ends a claim whose lease Redis did not answer. */
    void notLeased() {
        leased(0, 0, 0);
    }

    /** Whether forgetting this lease loses nothing but lapsed tokens: none held, none asked. */
    synchronized boolean idle(long now) {
        dropIfLapsed(now);
        return tokens == 0 && leasing == null;
    }

    /**
     * Retires the lease when it is {@link #idle}, so that a request still holding it leases
     * nothing into it after it is forgotten: a caller then has one lease per replica at most.
     */
    synchronized boolean retireIfIdle(long now) {
        retired = idle(now);
        return retired;
    }

    synchronized int tokens(long now) {
        dropIfLapsed(now);
        return tokens;
    }

    /** Scans the caller used today, as Redis last said to this replica. */
    long used() {
        return used;
    }

    void noteUsed(long scans) {
        used = scans;
    }

    private void dropIfLapsed(long now) {
        if (tokens > 0 && now - lapsesAt >= 0) {
            tokens = 0;
        }
    }
}
