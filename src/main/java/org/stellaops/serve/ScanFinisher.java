// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
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

    private final ScanStore store;
    private final Workers workers;
    private final ServerMetrics metrics;
    private final ServerConfig config;
    private final String replicaId;
    private final ScanHistory history;

    ScanFinisher(ScanStore store, Workers workers, ServerMetrics metrics, ServerConfig config,
            String replicaId, ScanHistory history) {
        this.history = history;
        this.store = store;
        this.workers = workers;
        this.metrics = metrics;
        this.config = config;
        this.replicaId = replicaId;
    }

    Uni<Void> complete(RunningScan run, ScanOutcome outcome) {
        String id = run.scanId();
        return Uni.createFrom().item(() -> compress(outcome.reports()))
                .runSubscriptionOn(workers.pool())
                .call(reports -> run.writer.flush())
                .chain(reports -> {
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
                            json(body), reports, config.scanTtl().toMillis());
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
                        "failed", body, Map.of(), config.scanTtl().toMillis()))
                .call(written -> ended(run, written, "failed", reason))
                .replaceWithVoid();
    }

    /** Rewrites a scan whose state Redis lost as failed, continuing its numbering. */
    Uni<Void> recover(RunningScan run, String reason) {
        long next = (run.writer == null ? 0 : run.writer.lastSeq()) + 1;
        metrics.outcome("lost");
        Uni<Void> recovered = store.recoverAsFailed(run.scanId(), next,
                json(Map.of("reason", reason)), Map.of("id", run.scanId(), "error", reason),
                config.scanTtl().toMillis()).replaceWithVoid();
        recovered.subscribe().with(ok -> LOG.warnf("scan state lost, recorded as failed "
                + "(scan: %s)", run.scanId()), f -> { });
        return recovered;
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

    private static Map<String, byte[]> compress(Map<String, String> reports) {
        Map<String, byte[]> compressed = new LinkedHashMap<>();
        reports.forEach((format, text) -> compressed.put(format, gzip(text)));
        return compressed;
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, text.length() / 8));
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String json(Object value) {
        try {
            return EventWriter.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always write", e);
        }
    }
}
