// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stellaops.pipeline.ScanRequest;
import org.stellaops.serve.ServerConfig;
import org.stellaops.serve.SnapshotHolder;
import org.stellaops.store.RedisKeys;
import org.stellaops.store.ScanState;
import org.stellaops.store.ScanStore;
import org.stellaops.store.WorkQueue;
import org.stellaops.store.history.ScanHistory;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

/**
 * Accepts and cancels scans. A scan gets an unguessable id (128 random bits), since anyone
 * who holds the id of an anonymous scan may read it. Submission is refused while no snapshot
 * is loaded (503) and while the shared queue is full (429 with Retry-After); the queue's
 * bound is checked in the same atomic step that queues the scan, so replicas never overfill
 * it between them.
 */
@ApplicationScoped
public class ScanService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScanStore store;
    private final SnapshotHolder snapshots;
    private final ServerConfig config;
    private final Redis redis;
    private final ScanHistory history;
    private final WorkQueue queue;

    @Inject
    public ScanService(ScanStore store, SnapshotHolder snapshots, ServerConfig config,
            Redis redis, ScanHistory history, WorkQueue queue) {
        this.queue = queue;
        this.history = history;
        this.store = store;
        this.snapshots = snapshots;
        this.config = config;
        this.redis = redis;
    }

    /** Queues the scan without VEX or policy of its own; its id. */
    public Uni<String> submit(ScanRequest request, byte[] input, String client) {
        return submit(request, input, client, null, null);
    }

    /**
     * Queues the scan; its id.
     *
     * @param verdictInput the VEX and policy sent with the scan ({@link VerdictUploads}), or
     *     null; kept before the scan is queued, so a worker never runs it without them
     * @param caller the hash of the submitting caller's subject ({@link Callers#ownerOf}), or
     *     null for an anonymous scan, which anyone holding its id may read
     */
    public Uni<String> submit(ScanRequest request, byte[] input, String client,
            String verdictInput, String caller) {
        if (snapshots.current() == null) {
            return Uni.createFrom().failure(new ProblemException(503, "Service Unavailable",
                    snapshots.problem(), Map.of("Retry-After", "5")));
        }
        String id = newId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.putAll(org.stellaops.serve.Requests.fieldsOf(request));
        fields.put("submitted", java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        if (client != null) {
            fields.put("client", client);
        }
        if (caller != null) {
            fields.put(ScanOwners.FIELD, caller);
        }
        String queuedBody = "{\"kind\":\"" + request.kind() + "\"}";
        // A cheap look first, so a refused scan does not ship its whole SBOM to Redis; the
        // submit script decides for good, atomically.
        long ttl = config.scanTtl().toMillis();
        Uni<Void> kept = verdictInput == null ? Uni.createFrom().voidItem()
                : store.putVerdictInput(id, verdictInput, ttl);
        return queue.depth().chain(depth -> depth >= config.maxQueued()
                ? Uni.createFrom().item(false)
                : kept.chain(() -> store.submit(id, fields, input, queuedBody, ttl,
                        config.maxQueued())))
                .call(queued -> queued || verdictInput == null ? Uni.createFrom().voidItem()
                        : store.dropVerdictInput(id))
                .map(queued -> {
                    if (!queued) {
                        throw queueFull();
                    }
                    return id;
                })
                .call(() -> recordSubmitted(id, fields, client));
    }

    /** Cancels a scan that has not ended: the new state, or a problem. */
    public Uni<ScanState> cancel(String id) {
        return store.find(id).chain(state -> {
            if (state == null) {
                return Uni.createFrom().failure(ProblemException.notFound("no scan " + id));
            }
            if (state.terminal()) {
                return Uni.createFrom().failure(new ProblemException(409, "Conflict",
                        "scan " + id + " is " + state.state() + " already"));
            }
            return store.finish(id, "", ScanState.CANCELLED, Map.of("error",
                    "cancelled by a client"), "cancelled",
                    "{\"reason\":\"cancelled by a client\"}", Map.of(),
                    config.scanTtl().toMillis())
                    .call(written -> redis.send(Request.cmd(Command.PUBLISH)
                            .arg(RedisKeys.CONTROL_CHANNEL).arg("cancel:" + id)))
                    .chain(written -> store.find(id))
                    .call(cancelled -> history.record(cancelled))
                    .call(() -> history.audit("scan.cancel", id, state.get("client"), null));
        });
    }

    private ProblemException queueFull() {
        return new ProblemException(429, "Too Many Requests", "the scan queue is full ("
                + config.maxQueued() + " waiting, stella.server.max-queued); retry later",
                Map.of("Retry-After", "1"));
    }

    private Uni<Void> recordSubmitted(String id, Map<String, String> fields, String client) {
        if (!history.enabled()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> queued = new LinkedHashMap<>(fields);
        queued.put("state", ScanState.QUEUED);
        return history.record(new ScanState(queued))
                .call(() -> history.audit("scan.submit", id, client, fields.get("kind")));
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
