// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Quotas, rate limits and address hashing ({@code stella.quota.*}); docs/quotas.md. */
@ConfigMapping(prefix = "stella.quota")
public interface QuotaConfig {

    /** Off: no caller is counted, limited or delayed, and no quota header is sent. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Secret mixed into every address and subject hash. Unset: one is generated once and
     * shared through Redis, so every replica hashes alike.
     */
    Optional<String> salt();

    /** Proxies (CIDRs or addresses) whose X-Forwarded-For is believed; none by default. */
    Optional<List<String>> trustedProxies();

    /**
     * Scans per UTC day by tier: a number or {@code unlimited}. Tiers not listed fall back
     * to anonymous 33, free 333, enterprise unlimited.
     */
    Map<String, String> tiers();

    /** Share of the daily quota (percent) from which responses carry a warning. */
    @WithDefault("90")
    int warningPercent();

    /** How long the first scan past the quota is held. */
    @WithDefault("5s")
    Duration delayInitial();

    /** The longest hold. */
    @WithDefault("60s")
    Duration delayMax();

    /** The hold doubles after this many scans past the quota. */
    @WithDefault("1")
    int delayDoublingEvery();

    /** Requests per second per caller, every tier. */
    @WithDefault("40")
    int rateLimit();

    /** Requests per second for one tier, overriding {@link #rateLimit()}. */
    Map<String, Integer> tierRateLimits();

    /**
     * Rate tokens a replica leases from a caller's bucket at a time, as a share of one
     * second's rate (0 to 1); requests within them pass without waiting for Redis. 0, or a
     * share of a rate that comes to fewer than two tokens: no leases, every request asks Redis.
     */
    @WithDefault("0.25")
    double rateLeaseShare();

    /** How long leased tokens are kept unused before they lapse. */
    @WithDefault("1s")
    Duration rateLeaseTime();

    /** How many callers' leases a replica keeps at most; callers past it ask Redis. */
    @WithDefault("10000")
    int rateLeaseCallers();

    /** Keep an access log (addresses 7 days, then salted hashes) in Redis. */
    @WithDefault("true")
    boolean accessLog();

    /** How long the access log keeps plain addresses. */
    @WithDefault("7d")
    Duration accessLogAddresses();

    /** How long the daily counts per address hash are kept. */
    @WithDefault("90d")
    Duration accessLogHashes();
}
