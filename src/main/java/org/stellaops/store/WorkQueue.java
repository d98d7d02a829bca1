// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The work queue every replica takes scans from: a Redis Stream read by one consumer group.
 * An entry a replica took stays pending under its name until acknowledged; the owner renews
 * it while the scan runs ({@link ScanStore#touch}), so an entry that goes idle longer than the
 * lease belongs to a replica that died, and another replica claims it.
 */
@ApplicationScoped
public class WorkQueue {

    /** One queue entry: the stream id and the scan it names. */
    public record Entry(String entryId, String scanId) {
    }

    private final RedisCalls calls;

    @Inject
    public WorkQueue(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /** Creates the consumer group (and the stream) unless they exist. */
    public Uni<Void> ensureGroup() {
        return calls.send(Command.XGROUP, "CREATE", RedisKeys.QUEUE, RedisKeys.QUEUE_GROUP,
                "0", "MKSTREAM")
                .onFailure(e -> String.valueOf(e.getMessage()).contains("BUSYGROUP"))
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Takes up to {@code count} new entries for {@code consumer}, without waiting. */
    public Uni<List<Entry>> take(String consumer, int count) {
        return calls.send(Command.XREADGROUP, "GROUP", RedisKeys.QUEUE_GROUP, consumer,
                "COUNT", count, "STREAMS", RedisKeys.QUEUE, ">")
                .map(WorkQueue::entriesOfRead);
    }

    /** Claims up to {@code count} entries idle longer than {@code minIdleMs} for consumer. */
    public Uni<List<Entry>> reclaim(String consumer, long minIdleMs, int count) {
        return calls.send(Command.XAUTOCLAIM, RedisKeys.QUEUE, RedisKeys.QUEUE_GROUP, consumer,
                minIdleMs, "0-0", "COUNT", count)
                .map(response -> response == null ? List.of() : entriesOf(response.get(1)));
    }

    /** Acknowledges and removes an entry: its scan is over, here or elsewhere. */
    public Uni<Void> done(String entryId) {
        return calls.send(Command.XACK, RedisKeys.QUEUE, RedisKeys.QUEUE_GROUP, entryId)
                .chain(() -> calls.send(Command.XDEL, RedisKeys.QUEUE, entryId))
                .replaceWithVoid();
    }

    /** Scans waiting for a worker, across all replicas. */
    public Uni<Long> depth() {
        return calls.send(Command.ZCARD, RedisKeys.QUEUED).map(Response::toLong);
    }

    private static List<Entry> entriesOfRead(Response response) {
        if (response == null) {
            return List.of();
        }
        // RESP2: [[stream, entries]]; RESP3: {stream: entries}
        Response entries = response.isMap()
                ? response.get(RedisKeys.QUEUE) : response.get(0).get(1);
        return entriesOf(entries);
    }

    private static List<Entry> entriesOf(Response entries) {
        List<Entry> taken = new ArrayList<>();
        if (entries == null) {
            return taken;
        }
        for (Response entry : entries) {
            Response fields = entry.get(1);
            if (fields == null) {
                continue; // deleted while pending
            }
            String scanId = null;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if (fields.get(i).toString().equals("scan")) {
                    scanId = fields.get(i + 1).toString();
                }
            }
            if (scanId != null) {
                taken.add(new Entry(entry.get(0).toString(), scanId));
            }
        }
        return taken;
    }
}
