// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.stellaops.pipeline.ScanEvent;
import org.stellaops.pipeline.ScanProgress;
import org.stellaops.store.EventLog;

/**
 * Appends a running scan's events to its history in the order the pipeline emits them, one
 * write after another, without making the pipeline wait. A write that fails (Redis away) is
 * retried for a while; a write Redis refuses because the scan's state is gone, or because
 * another replica owns the scan now, marks the writer so the runner can react.
 */
final class EventWriter implements ScanProgress {

    private static final Logger LOG = Logger.getLogger(EventWriter.class);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRIES = 60;

    private final String scanId;
    private final String owner;
    private final EventLog log;
    private final Deque<ScanEvent> pending = new ArrayDeque<>();
    private final Deque<CompletableFuture<Void>> flushes = new ArrayDeque<>();
    private boolean writing;
    private volatile long lastSeq;
    private volatile boolean stateGone;
    private volatile boolean notOwner;

    EventWriter(String scanId, String owner, EventLog log) {
        this.scanId = scanId;
        this.owner = owner;
        this.log = log;
    }

    @Override
    public void emit(ScanEvent event) {
        synchronized (this) {
            pending.add(event);
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    /** Completes once every event emitted so far is written (or given up on). */
    Uni<Void> flush() {
        CompletableFuture<Void> flushed = new CompletableFuture<>();
        synchronized (this) {
            if (!writing) {
                return Uni.createFrom().voidItem();
            }
            flushes.add(flushed);
        }
        return Uni.createFrom().completionStage(flushed);
    }

    long lastSeq() {
        return lastSeq;
    }

    boolean stateGone() {
        return stateGone;
    }

    boolean notOwner() {
        return notOwner;
    }

    private void writeNext() {
        ScanEvent next;
        synchronized (this) {
            next = pending.poll();
            if (next == null) {
                writing = false;
                flushes.forEach(f -> f.complete(null));
                flushes.clear();
                return;
            }
        }
        log.append(scanId, owner, next.type(), bodyOf(next))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(1))
                .atMost(RETRIES)
                .subscribe().with(this::written, failure -> {
                    LOG.warnf("event not written (scan: %s, type: %s, reason: %s)", scanId,
                            next.type(), failure.getMessage());
                    writeNext();
                });
    }

    private void written(long seq) {
        if (seq == EventLog.STATE_GONE) {
            stateGone = true;
        } else if (seq == EventLog.NOT_OWNER) {
            notOwner = true;
        } else if (seq > 0) {
            lastSeq = seq;
        }
        writeNext();
    }

    static String bodyOf(ScanEvent event) {
        try {
            return JSON.writeValueAsString(event.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event bodies are maps of plain values", e);
        }
    }
}
