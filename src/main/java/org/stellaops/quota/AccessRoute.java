// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.stellaops.api.Problems;
import org.stellaops.auth.Caller;

/**
 * The access layer's quota and rate-limit step, in front of every API route (order -980,
 * after the bearer-token step at -990). It names the caller when no token did (an anonymous
 * caller, by the salted hash of its address), takes one request from the caller's rate (over
 * it: 429 with Retry-After), counts {@code POST /scan} against the caller's daily quota, holds
 * a scan past the quota on a timer (never refuses it), and puts the quota headers on every
 * response. A request within its rate by a token this replica leased ({@link RateLeases})
 * passes without waiting for Redis. It never blocks the event loop. When Redis does not
 * answer, requests pass unlimited: the scan API then reports Redis itself, and quotas never
 * stop a pipeline.
 */
@ApplicationScoped
public class AccessRoute {

    static final String DONE = "stella.quota.done";
    private static final Logger LOG = Logger.getLogger(AccessRoute.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private final QuotaConfig config;
    private final Vertx vertx;
    private final QuotaLedger ledger;
    private final RateLeases leases;
    private final QuotaPolicy policy;
    private final ClientAddress addresses;
    private final QuotaSalt salt;
    private final AtomicLong lastWarned = new AtomicLong();

    @Inject
    public AccessRoute(QuotaConfig config, Vertx vertx,
            io.vertx.mutiny.redis.client.Redis redis) {
        this.config = config;
        this.vertx = vertx;
        this.ledger = new QuotaLedger(redis, Clock.systemUTC());
        this.leases = new RateLeases(ledger, config.rateLeaseShare(), config.rateLeaseTime(),
                config.rateLeaseCallers(), System::nanoTime);
        this.policy = QuotaPolicy.of(config);
        this.addresses = new ClientAddress(config.trustedProxies().orElse(List.of()));
        this.salt = new QuotaSalt(config.salt(), ledger);
    }

    void log(@Observes StartupEvent start) {
        int batch = leases.batch(policy.rateLimit());
        String leased = batch > 1 ? "leased " + batch + " at a time for "
                + config.rateLeaseTime().toMillis() + " ms" : "not leased";
        LOG.infof("quotas %s (anonymous: %s, free: %s scans per day; rate: %d per second, "
                + "%s; trusted proxies: %s)", config.enabled() ? "on" : "off",
                limitText(policy.dailyLimit("anonymous")), limitText(policy.dailyLimit("free")),
                policy.rateLimit(), leased, config.trustedProxies().orElse(List.of()));
    }

    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route().order(-980).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (exempt(path) || ctx.get(DONE) != null) {
            ctx.next();
            return;
        }
        ctx.put(DONE, Boolean.TRUE);
        String address = addresses.resolve(ctx.request().remoteAddress() == null ? null
                : ctx.request().remoteAddress().hostAddress(),
                ctx.request().headers().getAll("X-Forwarded-For"));
        boolean scan = isScan(ctx, path);
        AddressHashes known = salt.known();
        Named named = known == null ? null : name(ctx, known, address);
        if (named != null && !scan) {
            QuotaLedger.Count leased = leases.takeLocal(named.ledgerKey(), rate(named));
            if (leased != null) {
                admit(ctx, new Admission(named, leased), address, false);
                return;
            }
        }
        Context context = vertx.getOrCreateContext();
        ctx.request().pause();
        salt.hashes().chain(hashes -> {
            Named who = named != null ? named : name(ctx, hashes, address);
            return count(who, scan).map(count -> new Admission(who, count));
        }).subscribe().with(
                admission -> context.runOnContext(v -> admit(ctx, admission, address, scan)),
                failure -> context.runOnContext(v -> passUncounted(ctx, failure)));
    }

    /** The caller as quotas count it: named by its token, else by its address. */
    private record Named(Caller caller, String ledgerKey, String addressHash) {
    }

    private record Admission(Named named, QuotaLedger.Count count) {

        Caller caller() {
            return named.caller();
        }
    }

    private static Named name(RoutingContext ctx, AddressHashes hashes, String address) {
        String addressHash = hashes.address(address);
        Caller caller = ctx.get(Caller.ATTRIBUTE);
        if (caller == null) {
            caller = Caller.anonymous(addressHash);
            ctx.put(Caller.ATTRIBUTE, caller);
        }
        return new Named(caller, hashes.ledgerKey(caller.quotaKey()), addressHash);
    }

    private int rate(Named named) {
        return policy.rateLimit(named.caller().tier());
    }

    /** A scan is counted in Redis as it arrives, whatever this replica holds of its rate. */
    private Uni<QuotaLedger.Count> count(Named who, boolean scan) {
        if (!scan) {
            return leases.take(who.ledgerKey(), rate(who));
        }
        return ledger.take(who.ledgerKey(), rate(who), true)
                .invoke(count -> leases.noteUsed(who.ledgerKey(), count.used()));
    }

    private void admit(RoutingContext ctx, Admission admission, String address, boolean scan) {
        long limit = policy.dailyLimit(admission.caller().tier());
        long used = admission.count().used();
        String ledgerKey = admission.named().ledgerKey();
        QuotaHeaders headers = new QuotaHeaders(policy, limit, used, ledger.nextReset());
        ctx.addHeadersEndHandler(v -> {
            if (scan && admission.count().waitMs() == 0 && ctx.response().getStatusCode() / 100
                    != 2) {
                // not accepted: the scan it counted is given back
                headers.givenBack();
                leases.noteUsed(ledgerKey, Math.max(0, used - 1));
                ledger.release(ledgerKey).subscribe().with(x -> { },
                        e -> LOG.debugf("quota release failed (reason: %s)", e.getMessage()));
            }
            headers.write(ctx.response().headers());
        });
        logAccess(ctx, address, admission.named().addressHash());
        if (admission.count().waitMs() > 0) {
            refuse(ctx, admission.count().waitMs(), admission.caller().tier());
            return;
        }
        long delayMs = scan ? policy.delayFor(used, limit).toMillis() : 0;
        if (scan && (delayMs > 0 || policy.warns(used, limit))) {
            QuotaNotice.put(ctx, headers.warning(delayMs), used, limit, delayMs);
        }
        if (delayMs == 0) {
            proceed(ctx);
            return;
        }
        LOG.debugf("scan held past the quota (tier: %s, used: %d, limit: %d, delay: %d ms)",
                admission.caller().tier(), used, limit, delayMs);
        headers.delayed(delayMs);
        vertx.setTimer(delayMs, id -> proceed(ctx));
    }

    private void refuse(RoutingContext ctx, long waitMs, String tier) {
        long seconds = Math.max(1, (waitMs + 999) / 1000);
        ctx.request().resume();
        ctx.response().setStatusCode(429)
                .putHeader("Retry-After", String.valueOf(seconds))
                .putHeader(QuotaHeaders.REFUSED, "rate")
                .putHeader("Content-Type", "application/problem+json")
                .end(Problems.body(429, "Too Many Requests", "more than "
                        + policy.rateLimit(tier) + " requests per second (stella.quota."
                        + "rate-limit); retry after " + seconds + " s"));
    }

    private static void proceed(RoutingContext ctx) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
        }
        ctx.request().resume();
        ctx.next();
    }

    private void passUncounted(RoutingContext ctx, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastWarned.get();
        if (now - last > WARN_EVERY.toMillis() && lastWarned.compareAndSet(last, now)) {
            LOG.warnf("quotas not applied: Redis did not answer (reason: %s); requests pass "
                    + "uncounted until it does", failure.getMessage());
        }
        proceed(ctx);
    }

    private void logAccess(RoutingContext ctx, String address, String hash) {
        if (!config.accessLog()) {
            return;
        }
        String method = ctx.request().method().name();
        String path = ctx.normalizedPath();
        ctx.addBodyEndHandler(v -> ledger.logAccess(address, hash, method, path,
                ctx.response().getStatusCode(), config.accessLogAddresses(),
                config.accessLogHashes()).subscribe().with(x -> { },
                e -> LOG.debugf("access log write failed (reason: %s)", e.getMessage())));
    }

    static boolean exempt(String path) {
        return path.startsWith("/q/") || path.equals("/health") || path.equals("/ready")
                || path.equals("/metrics");
    }

    private static boolean isScan(RoutingContext ctx, String path) {
        return ctx.request().method().name().equals("POST")
                && (path.equals("/scan") || path.equals("/scan/"));
    }

    static String limitText(long limit) {
        return limit == QuotaPolicy.UNLIMITED ? "unlimited" : String.valueOf(limit);
    }
}
