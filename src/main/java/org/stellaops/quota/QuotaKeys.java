// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import java.time.LocalDate;

/**
 * The Redis keys of quotas, rate limits and the access log. Quota and rate keys name a
 * caller only by {@link AddressHashes#ledgerKey}; the key in braces is the Redis Cluster
 * hash tag, so one caller's keys share a slot and one script may touch them all.
 */
public final class QuotaKeys {

    /** The salt replicas share when none is configured. */
    public static final String SALT = "stella:quota:salt";
    /** Every prefix the ledger writes under (the access log is not part of it). */
    public static final String LEDGER_PREFIX = "stella:quota:{";
    /** The access log stream: the one place plain addresses are kept, for a while. */
    public static final String ACCESS_LOG = "stella:access";

    private QuotaKeys() {
    }

    public static String day(String ledgerKey, LocalDate day) {
        return LEDGER_PREFIX + ledgerKey + "}:day:" + day;
    }

    public static String rate(String ledgerKey) {
        return LEDGER_PREFIX + ledgerKey + "}:rate";
    }

    public static String accessCounts(LocalDate day) {
        return ACCESS_LOG + ":hashes:" + day;
    }
}
