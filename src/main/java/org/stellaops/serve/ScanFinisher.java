// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.stellaops.pipeline.ScanFailure;
import org.stellaops.pipeline.ScanOutcome;
import org.stellaops.store.ScanState;
import org.stellaops.store.ScanStore;
import org.stellaops.store.history.ScanHistory;

/**
 * Writes the end of a scan this replica ran: its reports (gzip, as they are also served to
 * clients that accept it), its state and its terminal event, in one atomic step that loses
 * to any end written first (a cancellation, or another owner's).
 */
final class ScanFinisher {

    private static final Logger LOG = Logger.getLogger(ScanFinisher.class);
    /** How long the end of a scan is retried while Redis does not answer. */
    private static final Duration RETRY_FOR = Duration.ofMinutes(5);
    private static final Duration RETRY_FIRST = Duration.ofMillis(200);
    private static final Duration RETRY_MAX = Duration.ofSeconds(2);

    private static final List<String> RECOVERED_FIELDS = List.of("kind",
            "origin", "image", "submitted", "started", "attempt", "client");

    private final ScanStore store;
    private final ServerMetrics metrics;
    private final ServerConfig config;
    private final String replicaId;
    private final ScanHistory history;

    ScanFinisher(ScanStore store, ServerMetrics metrics, ServerConfig config,
            String replicaId, ScanHistory history) {
        this.history = history;
        this.store = store;
        this.metrics = metrics;
        this.config = config;
        this.replicaId = replicaId;
    }

    Uni<Void> complete(RunningScan run, ScanOutcome outcome) {
        String id = run.scanId();
        Map<String, byte[]> reports = outcome.reports();
        return run.writer.flush()
                .chain(() -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("snapshot", outcome.snapshot());
                    fields.put("findings", String.valueOf(outcome.findings()));
                    fields.put("counts", json(outcome.counts()));
                    fields.put("timings", json(outcome.timings()));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("report", "/scans/" + id + "/report");
                    body.put("snapshot", outcome.snapshot());
                    body.put("findings", outcome.findings());
                    body.put("counts", outcome.counts());
                    return store.finish(id, replicaId, ScanState.COMPLETED, fields, "completed",
                            json(body), reports, config.scanTtl().toMillis())
                            .onFailure().retry().withBackOff(RETRY_FIRST, RETRY_MAX)
                            .expireIn(RETRY_FOR.toMillis());
                })
                .call(written -> ended(run, written, "completed", null))
                .replaceWithVoid();
    }

    Uni<Void> fail(RunningScan run, Throwable failure) {
        String reason = failure instanceof ScanFailure
                ? failure.getMessage()
                : "internal error: " + failure.getClass().getSimpleName() + ": "
                        + failure.getMessage();
        if (!(failure instanceof ScanFailure)) {
            LOG.errorf(failure, "scan failed (scan: %s)", run.scanId());
        }
        Map<String, String> fields = Map.of("error", reason);
        String body = json(Map.of("reason", reason));
        return run.writer.flush()
                .chain(() -> store.finish(run.scanId(), replicaId, ScanState.FAILED, fields,
                        "failed", body, Map.of(), config.scanTtl().toMillis())
                        .onFailure().retry().withBackOff(RETRY_FIRST, RETRY_MAX)
                        .expireIn(RETRY_FOR.toMillis()))
                .call(written -> ended(run, written, "failed", reason))
                .replaceWithVoid();
    }

    /** Rewrites a scan whose state Redis lost as failed, continuing its numbering. */
    Uni<Void> recover(RunningScan run, String reason) {
        long next = (run.writer == null ? 0 : run.writer.lastSeq()) + 1;
        metrics.outcome("lost");
        Map<String, String> fields = new LinkedHashMap<>();
        if (run.state != null) {
            // what this replica knew of the scan, so the rewritten state still describes it
            for (String kept : RECOVERED_FIELDS) {
                String value = run.state.get(kept);
                if (value != null) {
                    fields.put(kept, value);
                }
            }
        }
        fields.put("id", run.scanId());
        fields.put("owner", replicaId);
        fields.put("error", reason);
        return store.recoverAsFailed(run.scanId(), next,
                json(Map.of("reason", reason)), fields, config.scanTtl().toMillis())
                .onFailure().retry().withBackOff(RETRY_FIRST, RETRY_MAX)
                .expireIn(RETRY_FOR.toMillis())
                .invoke(written -> LOG.warnf("scan state lost, recorded as failed (scan: %s, "
                        + "rewritten: %s)", run.scanId(), written == 1))
                .replaceWithVoid();
    }

    private Uni<Void> ended(RunningScan run, long written, String outcome, String reason) {
        if (written == 1) {
            metrics.outcome(outcome);
            LOG.debugf("scan %s (scan: %s, replica: %s)", outcome, run.scanId(), replicaId);
            if (history.enabled()) {
                // the history is a record, never a step of the scan: it must not hold the slot
                store.find(run.scanId()).chain(history::record).subscribe().with(ok -> { },
                        failure -> { });
            }
            return Uni.createFrom().voidItem();
        }
        if (written == -1 || run.writer.stateGone()) {
            return recover(run, "the scan's state was lost from Redis while it ran (Redis "
                    + "restarted without persistence); submit the scan again");
        }
        // another end was written first: a cancellation, or the replica that took over
        LOG.debugf("scan end not written, another was first (scan: %s, ours: %s)",
                run.scanId(), outcome);
        return Uni.createFrom().voidItem();
    }

    static String json(Object value) {
        try {
            return EventWriter.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always write", e);
        }
    }
}
