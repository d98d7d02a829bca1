// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scans as Redis holds them, shared by every replica: the state hash, the uploaded input,
 * the rendered reports and the list of recent scans. State changes go through the scripts in
 * {@link Scripts}, so they are atomic across replicas.
 */
@ApplicationScoped
public class ScanStore {

    private final RedisCalls calls;

    @Inject
    public ScanStore(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /**
     * Records a new scan, its input and its {@code queued} event, and queues it, unless
     * {@code maxQueued} scans wait already: true when it was queued.
     */
    public Uni<Boolean> submit(String id, Map<String, String> fields, byte[] input,
            String queuedBody, long ttlMs, int maxQueued) {
        List<Object> args = new ArrayList<>(List.of(id, ttlMs, System.currentTimeMillis(),
                now(), queuedBody, input == null ? new byte[0] : input, maxQueued));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return calls.eval(Scripts.SUBMIT, List.of(RedisKeys.state(id), RedisKeys.input(id),
                RedisKeys.events(id), RedisKeys.SCANS, RedisKeys.QUEUE, RedisKeys.QUEUED), args)
                .map(queued -> queued.toLong() == 1);
    }

    /** The scan's state, or null when no such scan is kept. */
    public Uni<ScanState> find(String id) {
        return calls.send(Command.HGETALL, RedisKeys.state(id)).map(response -> {
            Map<String, String> fields = RedisCalls.hashOf(response);
            return fields.isEmpty() ? null : new ScanState(fields);
        });
    }

    /**
     * Keeps the VEX and policy a scan was submitted with, before the scan is queued, for as
     * long as the scan is kept.
     */
    public Uni<Void> putVerdictInput(String id, String json, long ttlMs) {
        return calls.send(Command.SET, RedisKeys.verdictInput(id), json, "PX", ttlMs)
                .replaceWithVoid();
    }

    /** The VEX and policy a scan was submitted with, or null when none. */
    public Uni<String> verdictInput(String id) {
        return calls.send(Command.GET, RedisKeys.verdictInput(id))
                .map(value -> value == null ? null : value.toString());
    }

    public Uni<Void> dropVerdictInput(String id) {
        return calls.send(Command.DEL, RedisKeys.verdictInput(id)).replaceWithVoid();
    }

    /** The uploaded input, or null when it is gone (the scan ended, or expired). */
    public Uni<byte[]> input(String id) {
        return calls.send(Command.GET, RedisKeys.input(id))
                .map(response -> response == null ? null : response.toBytes());
    }

    /** One rendered report (as stored: gzip), or null. */
    public Uni<byte[]> report(String id, String format) {
        return calls.send(Command.GET, RedisKeys.report(id, format))
                .map(response -> response == null ? null : response.toBytes());
    }

    /** Ids of recent scans, newest first; ids whose state expired are dropped on the way. */
    public Uni<List<ScanState>> list(long offset, int limit) {
        return calls.send(Command.ZREVRANGE, RedisKeys.SCANS, offset, offset + limit - 1)
                .chain(ids -> {
                    List<Uni<ScanState>> states = new ArrayList<>();
                    for (Response id : ids) {
                        String scanId = id.toString();
                        states.add(find(scanId).call(state -> state != null
                                ? Uni.createFrom().voidItem()
                                : calls.send(Command.ZREM, RedisKeys.SCANS, scanId)));
                    }
                    if (states.isEmpty()) {
                        return Uni.createFrom().item(List.<ScanState>of());
                    }
                    return Uni.join().all(states).andFailFast().map(found -> {
                        List<ScanState> kept = new ArrayList<>();
                        found.stream().filter(s -> s != null).forEach(kept::add);
                        return kept;
                    });
                });
    }

    /** How many scans are kept. */
    public Uni<Long> count() {
        return calls.send(Command.ZCARD, RedisKeys.SCANS).map(Response::toLong);
    }

    /**
     * Claims a scan for a replica: the attempt number (1 for the first run), 0 when the scan
     * is over already, -1 when its state is gone.
     */
    public Uni<Long> claim(String id, String owner) {
        return calls.eval(Scripts.CLAIM, List.of(RedisKeys.state(id), RedisKeys.events(id),
                RedisKeys.QUEUED), List.of(id, owner, now())).map(Response::toLong);
    }

    /** Renews a running scan's hold on its queue entry: see {@link Scripts#TOUCH}. */
    public Uni<Long> touch(String id, String owner, String entryId) {
        return calls.eval(Scripts.TOUCH, List.of(RedisKeys.state(id), RedisKeys.QUEUE),
                List.of(owner, RedisKeys.QUEUE_GROUP, entryId)).map(Response::toLong);
    }

    /**
     * Writes the one terminal state of a scan with its event and reports, unless another
     * terminal state was written first: 1 written, 0 not written, -1 state gone.
     *
     * @param owner the replica that must own the scan, or "" for anyone (cancellation)
     * @param reports format to stored bytes
     */
    public Uni<Long> finish(String id, String owner, String state, Map<String, String> fields,
            String eventType, String eventBody, Map<String, byte[]> reports, long ttlMs) {
        List<String> keys = new ArrayList<>(List.of(RedisKeys.state(id), RedisKeys.events(id),
                RedisKeys.input(id), RedisKeys.QUEUED));
        List<Object> args = new ArrayList<>(List.of(id, owner, state, now(), eventType,
                eventBody, ttlMs, fields.size()));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        reports.forEach((format, bytes) -> {
            keys.add(RedisKeys.report(id, format));
            args.add(bytes);
        });
        return calls.eval(Scripts.FINISH, keys, args).map(Response::toLong);
    }

    /** Rewrites a scan whose state Redis lost as failed: see {@link Scripts#RECOVER}. */
    public Uni<Long> recoverAsFailed(String id, long nextSeq, String failedBody,
            Map<String, String> fields, long ttlMs) {
        List<Object> args = new ArrayList<>(List.of(id, nextSeq, now(), failedBody, ttlMs,
                System.currentTimeMillis()));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return calls.eval(Scripts.RECOVER, List.of(RedisKeys.state(id), RedisKeys.events(id),
                RedisKeys.SCANS), args).map(Response::toLong);
    }

    /** The current time as events and states record it. */
    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
