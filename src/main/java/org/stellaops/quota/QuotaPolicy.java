// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.stellaops.auth.Tiers;

/**
 * The numbers of the quota rules, free of Redis and HTTP: the daily limit and request rate of
 * each tier, where the warning zone starts, and how long a scan past the quota is held. The
 * hold starts at {@code delayInitial}, doubles every {@code doublingEvery} scans past the
 * quota and never exceeds {@code delayMax}.
 */
public record QuotaPolicy(Map<String, Long> dailyLimits, int warningPercent,
        Duration delayInitial, Duration delayMax, int doublingEvery, int rateLimit,
        Map<String, Integer> tierRateLimits) {

    /** A daily limit that is no limit. */
    public static final long UNLIMITED = -1;

    private static final Map<String, Long> DEFAULT_LIMITS = Map.of(Tiers.ANONYMOUS, 33L,
            Tiers.FREE, 333L, Tiers.ENTERPRISE, UNLIMITED);

    public QuotaPolicy {
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("stella.quota.warning-percent must be 1 to 100, "
                    + "not " + warningPercent);
        }
        if (doublingEvery < 1 || rateLimit < 1) {
            throw new IllegalArgumentException("stella.quota.delay-doubling-every and "
                    + "stella.quota.rate-limit must be 1 or more");
        }
        dailyLimits = Map.copyOf(dailyLimits);
        tierRateLimits = Map.copyOf(tierRateLimits);
    }

    /** The policy the configuration describes. */
    public static QuotaPolicy of(QuotaConfig config) {
        Map<String, Long> limits = new HashMap<>(DEFAULT_LIMITS);
        config.tiers().forEach((tier, value) -> limits.put(tier, parseLimit(tier, value)));
        return new QuotaPolicy(limits, config.warningPercent(), config.delayInitial(),
                config.delayMax(), config.delayDoublingEvery(), config.rateLimit(),
                config.tierRateLimits());
    }

    static long parseLimit(String tier, String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("unlimited")) {
            return UNLIMITED;
        }
        try {
            long limit = Long.parseLong(text);
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("stella.quota.tiers." + tier + " must be a number "
                + "of scans or 'unlimited', not '" + value + "'");
    }

    /** Scans per day for the tier; an unknown tier gets the anonymous limit. */
    public long dailyLimit(String tier) {
        Long limit = dailyLimits.get(tier);
        return limit != null ? limit : dailyLimits.get(Tiers.ANONYMOUS);
    }

    public int rateLimit(String tier) {
        return tierRateLimits.getOrDefault(tier, rateLimit);
    }

    /** Whether {@code used} scans of {@code limit} are in the warning zone (or past it). */
    public boolean warns(long used, long limit) {
        return limit != UNLIMITED && used * 100 >= (long) warningPercent * limit;
    }

    /** How long to hold the scan that brought the day's count to {@code used}. */
    public Duration delayFor(long used, long limit) {
        if (limit == UNLIMITED || used <= limit) {
            return Duration.ZERO;
        }
        long doublings = (used - limit - 1) / doublingEvery;
        long ms = delayInitial.toMillis();
        for (long i = 0; i < doublings && ms < delayMax.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, delayMax.toMillis()));
    }
}
