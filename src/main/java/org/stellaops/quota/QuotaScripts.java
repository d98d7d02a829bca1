// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

/**
 * The Lua scripts of the quota ledger. Each runs atomically in Redis, so replicas never
 * count past one another: whatever the concurrency, the n-th scan of a day sees n, and no
 * two replicas are granted the same rate token.
 */
final class QuotaScripts {

    /**
     * KEYS: rate bucket, day counter. ARGV: requests per second, tokens wanted, 1 to count a
     * scan (else 0), the day counter's time to live (ms). Returns {tokens granted, wait ms,
     * scans used today}. It grants as many tokens as wanted and the bucket holds, so whoever
     * takes them (one request, or a replica's lease) takes them from every replica; when the
     * bucket holds not one, it grants none and says how long until it does, and counts
     * nothing. A scan is counted only with a grant (ask for one token then).
     * The bucket is in milli-tokens, as big as one second's requests and refilled
     * continuously, on Redis's own clock (TIME), so replicas' clocks do not matter.
     */
    static final String ACCESS = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local rate = tonumber(ARGV[1])
            local full = rate * 1000
            local b = redis.call('HMGET', KEYS[1], 'm', 't')
            local m = tonumber(b[1]) or full
            local last = tonumber(b[2]) or now
            if now > last then m = math.min(full, m + (now - last) * rate) end
            local granted = math.min(tonumber(ARGV[2]), math.floor(m / 1000))
            local wait = 0
            if granted < 1 then
                granted = 0
                wait = math.ceil((1000 - m) / rate)
            else
                m = m - granted * 1000
            end
            redis.call('HSET', KEYS[1], 'm', m, 't', math.max(now, last))
            redis.call('PEXPIRE', KEYS[1], 2000)
            local used
            if granted > 0 and ARGV[3] == '1' then
                used = redis.call('INCR', KEYS[2])
                if used == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
            else
                used = tonumber(redis.call('GET', KEYS[2]) or '0')
            end
            return {granted, wait, used}
            """;

    /** KEYS: day counter. Gives back a scan the server counted and then did not accept. */
    static final String RELEASE = """
            local n = tonumber(redis.call('GET', KEYS[1]) or '0')
            if n > 0 then return redis.call('DECR', KEYS[1]) end
            return 0
            """;

    /** KEYS: salt. ARGV: a fresh salt. The salt every replica uses: the first one written. */
    static final String SALT = """
            redis.call('SET', KEYS[1], ARGV[1], 'NX')
            return redis.call('GET', KEYS[1])
            """;

    /**
     * KEYS: access stream, the day's counts by hash. ARGV: address, hash, method, path,
     * status, how long addresses are kept (ms), counts' time to live (ms). The stream drops
     * entries older than that on every write, by Redis's clock (its entry ids are Redis
     * times); the counts keep only hashes. Trimming is exact (no {@code ~}): approximate
     * trimming drops only whole stream nodes, and on a quiet server one node may span months.
     */
    static final String ACCESS_LOG = """
            local t = redis.call('TIME')
            local oldest = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
                - tonumber(ARGV[6])
            if oldest < 0 then oldest = 0 end
            redis.call('XADD', KEYS[1], 'MINID', oldest, '*', 'ip', ARGV[1],
                'hash', ARGV[2], 'method', ARGV[3], 'path', ARGV[4], 'status', ARGV[5])
            redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
            redis.call('PEXPIRE', KEYS[2], ARGV[7])
            return 1
            """;

    private QuotaScripts() {
    }
}
