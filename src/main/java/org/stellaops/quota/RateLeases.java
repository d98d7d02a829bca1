// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * This replica's leases of callers' rate tokens (docs/quotas.md, "Leased tokens"). A request
 * whose caller has a token leased here is admitted without waiting for Redis; when the lease
 * runs down to half a batch, the next batch is leased in the background. A request finding
 * none waits: for a batch it leases, or for the one being leased for the caller here already
 * and then, if that left it nothing, for a single token; when Redis has none, it answers how
 * long until the next.
 *
 * <p>A lease holds at most a batch and a half ({@link RateLease#startLeasing}): that, per
 * replica, is all a caller can spend beyond what the bucket in Redis allows at the moment.
 *
 * <p>Bounded: it keeps at most {@code callers} leases (plus one per thread racing to add the
 * last). When full, leases with nothing left are dropped, at most once per lease time; a
 * caller who still finds no room waits for Redis on every request, as without leases.
 */
final class RateLeases {

    private static final Logger LOG = Logger.getLogger(RateLeases.class);

    private final QuotaLedger ledger;
    private final double share;
    private final long lapseNanos;
    private final int callers;
    private final LongSupplier ticker;
    private final Map<String, RateLease> leases = new ConcurrentHashMap<>();
    private final AtomicLong sweptAt;

    /**
     * @param share the batch as a share of one second's rate (0: no leases, every request
     *     waits for Redis)
     * @param lapse how long leased tokens are kept unused
     * @param callers how many callers' leases are kept at most
     * @param ticker the time in nanoseconds ({@code System::nanoTime} outside tests)
     */
    RateLeases(QuotaLedger ledger, double share, Duration lapse, int callers,
            LongSupplier ticker) {
        if (share < 0 || share > 1 || lapse.isNegative() || callers < 0) {
            throw new IllegalArgumentException("stella.quota.rate-lease-share must be 0 to 1, "
                    + "rate-lease-time and rate-lease-callers not negative");
        }
        this.ledger = ledger;
        this.share = share;
        this.lapseNanos = lapse.toNanos();
        this.callers = callers;
        this.ticker = ticker;
        this.sweptAt = new AtomicLong(ticker.getAsLong() - lapseNanos);
    }

    /**
     * One request's token from this replica's lease, without waiting: the count to answer
     * with, or null when no token is held here for the caller (then {@link #take}).
     */
    QuotaLedger.Count takeLocal(String ledgerKey, int perSecond) {
        RateLease lease = leases.get(ledgerKey);
        if (lease == null) {
            return null;
        }
        long now = ticker.getAsLong();
        int left = lease.take(now);
        if (left < 0) {
            return null;
        }
        if (left <= lowWater(perSecond) && lease.startLeasing(now, lowWater(perSecond))) {
            renew(ledgerKey, lease, perSecond);
        }
        return new QuotaLedger.Count(0, lease.used());
    }

    /**
     * One request's token when {@link #takeLocal} had none: from a batch that this request
     * leases for the caller here, or else from the batch another request is leasing, or else
     * from Redis alone. A wait above 0 means the request is over the rate.
     */
    Uni<QuotaLedger.Count> take(String ledgerKey, int perSecond) {
        // deferred: a claim to lease is taken only by a request that will ask Redis
        return Uni.createFrom().deferred(() -> takeNow(ledgerKey, perSecond));
    }

    private Uni<QuotaLedger.Count> takeNow(String ledgerKey, int perSecond) {
        int batch = batch(perSecond);
        RateLease lease = batch > 1 ? leaseFor(ledgerKey) : null;
        if (lease == null) {
            return ledger.lease(ledgerKey, perSecond, 1).map(grant -> admit(null, grant));
        }
        if (lease.startLeasing(ticker.getAsLong(), 0)) {
            return ledger.lease(ledgerKey, perSecond, batch)
                    .onFailure().invoke(lease::notLeased)
                    .onCancellation().invoke(lease::notLeased)
                    .map(grant -> {
                        lease.noteUsed(grant.used());
                        // one of the granted tokens is this request's
                        lease.leased(grant.granted() - 1, ticker.getAsLong(), lapseNanos);
                        return counted(grant);
                    });
        }
        CompletionStage<Void> leasing = lease.leasing();
        Uni<Void> answered = leasing == null ? Uni.createFrom().voidItem()
                : Uni.createFrom().completionStage(leasing);
        return answered.chain(() -> lease.take(ticker.getAsLong()) >= 0
                ? Uni.createFrom().item(new QuotaLedger.Count(0, lease.used()))
                : ledger.lease(ledgerKey, perSecond, 1).map(grant -> admit(lease, grant)));
    }

    /** Keeps the scan count of later answers current after a scan counted or given back. */
    void noteUsed(String ledgerKey, long used) {
        RateLease lease = leases.get(ledgerKey);
        if (lease != null) {
            lease.noteUsed(used);
        }
    }

    /** Tokens per lease for a rate: the configured share of a second's requests, at least 1. */
    int batch(int perSecond) {
        return Math.max(1, (int) (perSecond * share));
    }

    /** Tokens left in a lease when the next batch is asked for: half a batch. */
    private int lowWater(int perSecond) {
        return batch(perSecond) / 2;
    }

    /** How many callers have a lease here. */
    int size() {
        return leases.size();
    }

    /** A single token's answer; when refused, a batch that came in meanwhile may serve. */
    private QuotaLedger.Count admit(RateLease lease, QuotaLedger.Grant grant) {
        if (lease == null) {
            return counted(grant);
        }
        lease.noteUsed(grant.used());
        if (grant.granted() == 0 && lease.take(ticker.getAsLong()) >= 0) {
            return new QuotaLedger.Count(0, grant.used());
        }
        return counted(grant);
    }

    private static QuotaLedger.Count counted(QuotaLedger.Grant grant) {
        return new QuotaLedger.Count(grant.granted() > 0 ? 0 : grant.waitMs(), grant.used());
    }

    private void renew(String ledgerKey, RateLease lease, int perSecond) {
        ledger.lease(ledgerKey, perSecond, batch(perSecond)).subscribe().with(grant -> {
            lease.noteUsed(grant.used());
            lease.leased(grant.granted(), ticker.getAsLong(), lapseNanos);
        }, failure -> {
            lease.notLeased();
            LOG.debugf("rate lease not renewed (reason: %s); the next request without a "
                    + "token asks Redis itself", failure.getMessage());
        });
    }

    private RateLease leaseFor(String ledgerKey) {
        RateLease lease = leases.get(ledgerKey);
        if (lease != null) {
            return lease;
        }
        if (leases.size() >= callers) {
            dropIdle();
            if (leases.size() >= callers) {
                return null;
            }
        }
        return leases.computeIfAbsent(ledgerKey, key -> new RateLease());
    }

    private void dropIdle() {
        long now = ticker.getAsLong();
        long last = sweptAt.get();
        if (now - last < lapseNanos || !sweptAt.compareAndSet(last, now)) {
            return;
        }
        int before = leases.size();
        leases.values().removeIf(lease -> lease.retireIfIdle(now));
        LOG.debugf("rate leases full: idle ones dropped (before: %d, after: %d, bound: %d)",
                before, leases.size(), callers);
    }
}
