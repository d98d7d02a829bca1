// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

/**
 * The Lua scripts that change a scan's state. Each runs atomically in Redis, which is what
 * keeps replicas from racing: a scan is claimed by one replica at a time, only its owner may
 * add to its history, and exactly one terminal state is ever written.
 */
final class Scripts {

    /** KEYS: state, input, events, scans, queue, queued. ARGV: id, ttl, createdMs, time,
     *  queued-event body, input, max queued, then field/value pairs of the state. Returns 1,
     *  or 0 when the queue is full: admission is decided here, atomically across replicas.
     *  The list of scans drops the ids older than the TTL, whose states have expired. */
    static final String SUBMIT = """
            if redis.call('ZCARD', KEYS[6]) >= tonumber(ARGV[7]) then return 0 end
            for i = 8, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('HSET', KEYS[1], 'state', 'queued', 'attempt', 0)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if ARGV[6] ~= '' then redis.call('SET', KEYS[2], ARGV[6], 'PX', ARGV[2]) end
            redis.call('XADD', KEYS[3], '0-*', 'type', 'queued', 'time', ARGV[4],
                'body', ARGV[5])
            redis.call('PEXPIRE', KEYS[3], ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf',
                tonumber(ARGV[3]) - tonumber(ARGV[2]))
            redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
            redis.call('XADD', KEYS[5], '*', 'scan', ARGV[1])
            redis.call('ZADD', KEYS[6], ARGV[3], ARGV[1])
            redis.call('PUBLISH', 'stella:events', ARGV[1])
            redis.call('PUBLISH', 'stella:control', 'work')
            return 1
            """;

    /** KEYS: state, events. ARGV: id, owner ('' for anyone), type, time, body.
     *  Returns the entry id, or -1 state gone, -2 already ended, -3 not the owner. */
    static final String APPEND = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            local st = redis.call('HGET', KEYS[1], 'state')
            if st == 'completed' or st == 'failed' or st == 'cancelled' then return -2 end
            if ARGV[2] ~= '' and redis.call('HGET', KEYS[1], 'owner') ~= ARGV[2] then
                return -3
            end
            local id = redis.call('XADD', KEYS[2], '0-*', 'type', ARGV[3], 'time', ARGV[4],
                'body', ARGV[5])
            redis.call('PUBLISH', 'stella:events', ARGV[1])
            return id
            """;

    /** KEYS: state, events, queued. ARGV: id, owner, time.
     *  Returns the attempt number, 0 when the scan is over, -1 when its state is gone. */
    static final String CLAIM = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            local st = redis.call('HGET', KEYS[1], 'state')
            if st ~= 'queued' and st ~= 'running' then return 0 end
            local previous = redis.call('HGET', KEYS[1], 'owner')
            local attempt = redis.call('HINCRBY', KEYS[1], 'attempt', 1)
            redis.call('HSET', KEYS[1], 'state', 'running', 'owner', ARGV[2],
                'started', ARGV[3])
            redis.call('ZREM', KEYS[3], ARGV[1])
            if previous and previous ~= ARGV[2] then
                local body = cjson.encode({message = 'scan taken over from replica '
                    .. previous .. ' after its lease expired', previousReplica = previous})
                redis.call('XADD', KEYS[2], '0-*', 'type', 'warning', 'time', ARGV[3],
                    'body', body)
                redis.call('PUBLISH', 'stella:events', ARGV[1])
            end
            return attempt
            """;

    /** KEYS: state, queue. ARGV: owner, group, entry id.
     *  Renews the owner's hold on its queue entry: 1 held, 0 taken over, 2 ended, -1 gone. */
    static final String TOUCH = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
            if redis.call('HGET', KEYS[1], 'state') ~= 'running' then return 2 end
            redis.call('XCLAIM', KEYS[2], ARGV[2], ARGV[1], 0, ARGV[3], 'JUSTID')
            return 1
            """;

    /** KEYS: state, events, input, queued, then one key per report. ARGV: id, owner ('' for
     *  anyone), state, time, event type, event body, ttl, field count n, n field/value
     *  pairs, then one value per report key. Returns 1 written, 0 already ended or not the
     *  owner, -1 state gone. */
    static final String FINISH = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
            local st = redis.call('HGET', KEYS[1], 'state')
            if st == 'completed' or st == 'failed' or st == 'cancelled' then return 0 end
            if ARGV[2] ~= '' and redis.call('HGET', KEYS[1], 'owner') ~= ARGV[2] then
                return 0
            end
            local n = tonumber(ARGV[8])
            for i = 9, 8 + 2 * n, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('HSET', KEYS[1], 'state', ARGV[3], 'finished', ARGV[4])
            local r = 9 + 2 * n
            for k = 5, #KEYS do
                redis.call('SET', KEYS[k], ARGV[r], 'PX', ARGV[7])
                r = r + 1
            end
            redis.call('DEL', KEYS[3])
            redis.call('XADD', KEYS[2], '0-*', 'type', ARGV[5], 'time', ARGV[4],
                'body', ARGV[6])
            redis.call('PEXPIRE', KEYS[1], ARGV[7])
            redis.call('PEXPIRE', KEYS[2], ARGV[7])
            redis.call('ZREM', KEYS[4], ARGV[1])
            redis.call('PUBLISH', 'stella:events', ARGV[1])
            return 1
            """;

    /** KEYS: state, events, scans. ARGV: id, next sequence, time, failed-event body, ttl,
     *  createdMs, then field/value pairs. Rewrites the state of a scan Redis lost (a restart
     *  without persistence) as failed, continuing its history's numbering. */
    static final String RECOVER = """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            for i = 7, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('HSET', KEYS[1], 'state', 'failed', 'finished', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.pcall('XADD', KEYS[2], '0-' .. ARGV[2], 'type', 'failed', 'time', ARGV[3],
                'body', ARGV[4])
            redis.call('PEXPIRE', KEYS[2], ARGV[5])
            redis.call('ZADD', KEYS[3], ARGV[6], ARGV[1])
            redis.call('PUBLISH', 'stella:events', ARGV[1])
            return 1
            """;

    /** KEYS: one per layer key pair (client, shared). Returns 1 per pair held, else 0. */
    static final String LAYERS_HELD = """
            local held = {}
            for i = 1, #KEYS, 2 do
                if redis.call('EXISTS', KEYS[i]) == 1 or redis.call('EXISTS', KEYS[i + 1]) == 1
                then held[#held + 1] = 1 else held[#held + 1] = 0 end
            end
            return held
            """;

    private Scripts() {
    }
}
