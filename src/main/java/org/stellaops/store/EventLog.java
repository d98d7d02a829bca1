// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Each scan's history: a Redis Stream whose entry ids are {@code 0-SEQ}, so the stream's own
 * numbering is the scan's event sequence, gap-free and monotonic whichever replica appends.
 * Any replica can replay it from any point, which is what SSE reconnection needs.
 */
@ApplicationScoped
public class EventLog {

    /** Appending found no state: Redis lost the scan (restarted without persistence). */
    public static final long STATE_GONE = -1;
    /** Appending found the scan already ended. */
    public static final long ENDED = -2;
    /** Appending found another replica owning the scan. */
    public static final long NOT_OWNER = -3;

    private final RedisCalls calls;

    @Inject
    public EventLog(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /**
     * Appends an event as {@code owner} (or "" for anyone): its sequence, or one of
     * {@link #STATE_GONE}, {@link #ENDED}, {@link #NOT_OWNER}.
     */
    public Uni<Long> append(String scanId, String owner, String type, String body) {
        return calls.eval(Scripts.APPEND, List.of(RedisKeys.state(scanId),
                RedisKeys.events(scanId)), List.of(scanId, owner, type, ScanStore.now(), body))
                .map(EventLog::sequenceOf);
    }

    /** Up to {@code count} events after sequence {@code afterSeq}, in order. */
    public Uni<List<StoredEvent>> after(String scanId, long afterSeq, int count) {
        return calls.send(Command.XRANGE, RedisKeys.events(scanId), "(0-" + afterSeq, "+",
                "COUNT", count).map(EventLog::eventsOf);
    }

    private static long sequenceOf(Response response) {
        if (response.type() == ResponseType.NUMBER) {
            return response.toLong();
        }
        return seqOf(response.toString());
    }

    private static long seqOf(String entryId) {
        return Long.parseLong(entryId.substring(entryId.indexOf('-') + 1));
    }

    private static List<StoredEvent> eventsOf(Response response) {
        List<StoredEvent> events = new ArrayList<>();
        if (response == null) {
            return events;
        }
        for (Response entry : response) {
            long seq = seqOf(entry.get(0).toString());
            Response fields = entry.get(1);
            String type = null;
            String time = null;
            String body = "{}";
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                String name = fields.get(i).toString();
                String value = fields.get(i + 1).toString();
                switch (name) {
                    case "type" -> type = value;
                    case "time" -> time = value;
                    case "body" -> body = value;
                    default -> { }
                }
            }
            events.add(new StoredEvent(seq, type, time, body));
        }
        return events;
    }
}
