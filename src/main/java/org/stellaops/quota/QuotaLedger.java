// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.stellaops.store.RedisCalls;

/**
 * Counts requests and scans in Redis, atomically across replicas: one script applies the rate
 * limit to a request or a replica's lease of tokens and, for a scan, counts it against the
 * UTC day. The day's counter
 * expires an hour after the day ends, which is the reset at midnight UTC.
 */
public final class QuotaLedger {

    /** What the ledger said about one request. */
    public record Count(long waitMs, long used) {
    }

    /** What the ledger granted a lease: tokens (0 over the rate), the wait then, scans used. */
    record Grant(int granted, long waitMs, long used) {
    }

    private static final Duration GRACE = Duration.ofHours(1);

    private final RedisCalls calls;
    private final Clock clock;

    public QuotaLedger(Redis redis, Clock clock) {
        this.calls = new RedisCalls(redis);
        this.clock = clock;
    }

    /**
     * Takes one request from the caller's rate and, when {@code scan}, counts a scan for
     * today unless the rate refused the request.
     */
    public Uni<Count> take(String ledgerKey, int perSecond, boolean scan) {
        return access(ledgerKey, perSecond, 1, scan)
                .map(reply -> new Count(reply.get(1).toLong(), reply.get(2).toLong()));
    }

    /** Takes up to {@code tokens} requests from the caller's rate, as many as it holds. */
    Uni<Grant> lease(String ledgerKey, int perSecond, int tokens) {
        return access(ledgerKey, perSecond, tokens, false).map(reply -> new Grant(
                reply.get(0).toInteger(), reply.get(1).toLong(), reply.get(2).toLong()));
    }

    private Uni<Response> access(String ledgerKey, int perSecond, int tokens, boolean scan) {
        LocalDate day = today();
        long ttl = Duration.between(clock.instant(), nextReset()).plus(GRACE).toMillis();
        return calls.eval(QuotaScripts.ACCESS, List.of(QuotaKeys.rate(ledgerKey),
                QuotaKeys.day(ledgerKey, day)), List.of(perSecond, tokens, scan ? "1" : "0",
                ttl));
    }

    /** Gives back a scan counted today that was then not accepted. */
    public Uni<Void> release(String ledgerKey) {
        return calls.eval(QuotaScripts.RELEASE, List.of(QuotaKeys.day(ledgerKey, today())),
                List.of()).replaceWithVoid();
    }

    /** The salt every replica shares: the one in Redis, else {@code candidate}, stored. */
    public Uni<String> sharedSalt(String candidate) {
        return calls.eval(QuotaScripts.SALT, List.of(QuotaKeys.SALT), List.of(candidate))
                .map(Response::toString);
    }

    /** Notes one request in the access log; its address drops out after {@code keep}. */
    public Uni<Void> logAccess(String address, String hash, String method, String path,
            int status, Duration keep, Duration keepHashes) {
        return calls.eval(QuotaScripts.ACCESS_LOG, List.of(QuotaKeys.ACCESS_LOG,
                QuotaKeys.accessCounts(today())), List.of(address, hash, method, path, status,
                keep.toMillis(), keepHashes.toMillis())).replaceWithVoid();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The next midnight UTC, when every daily quota starts again. */
    public Instant nextReset() {
        return today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
