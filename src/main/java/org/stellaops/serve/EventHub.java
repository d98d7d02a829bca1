// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.stellaops.store.EventLog;
import org.stellaops.store.ScanStore;
import org.stellaops.store.StoredEvent;

/**
 * Local fan-out of scan histories. A follower names a scan and the last sequence it saw; it
 * gets every later event in order, whichever replica wrote them. New events are noticed
 * through the Redis channel {@code stella:events} ({@link RedisSignals}) and, as a fallback
 * for a lost subscription, by re-reading every followed scan once a second.
 */
@ApplicationScoped
public class EventHub {

    private static final long SWEEP_MS = 1000;
    /** Every this many sweeps, followed scans that have not ended are checked for state. */
    private static final int STATE_CHECK_EVERY = 5;

    private final Map<String, EventTail> tails = new ConcurrentHashMap<>();
    private final EventLog log;
    private final ScanStore store;
    private final Vertx vertx;
    private int sweeps;

    @Inject
    public EventHub(EventLog log, ScanStore store, Vertx vertx) {
        this.log = log;
        this.store = store;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(SWEEP_MS, id -> sweep());
    }

    /** Follows a scan's history after {@code afterSeq}; close the handle to stop. */
    public AutoCloseable follow(String scanId, long afterSeq, Consumer<StoredEvent> sink) {
        EventFollower follower = new EventFollower(afterSeq, sink);
        EventTail tail;
        synchronized (tails) {
            tail = tails.computeIfAbsent(scanId, id -> new EventTail(id, log));
            tail.add(follower);
        }
        tail.fetch();
        return () -> unfollow(tail, follower);
    }

    /** The scan's terminal event, or null when the wait ends first. */
    public Uni<StoredEvent> awaitEnd(String scanId, Duration timeout) {
        return Uni.createFrom().<StoredEvent>emitter(emitter -> {
            AtomicBoolean ended = new AtomicBoolean();
            AutoCloseable handle = follow(scanId, 0, event -> {
                if (event.terminal() && ended.compareAndSet(false, true)) {
                    emitter.complete(event);
                }
            });
            // the end may have been handed over already, inside follow()
            emitter.onTermination(() -> closeQuietly(handle));
            if (ended.get()) {
                closeQuietly(handle);
            }
        }).ifNoItem().after(timeout).recoverWithUni(() -> Uni.createFrom().nullItem());
    }

    /** A scan's history grew (or may have): read it if anyone here follows it. */
    void changed(String scanId) {
        EventTail tail = tails.get(scanId);
        if (tail != null) {
            tail.fetch();
        }
    }

    private void unfollow(EventTail tail, EventFollower follower) {
        follower.close();
        synchronized (tails) {
            if (tail.remove(follower)) {
                tails.remove(tail.scanId(), tail);
            }
        }
    }

    private void sweep() {
        boolean checkState = ++sweeps % STATE_CHECK_EVERY == 0;
        for (EventTail tail : tails.values()) {
            if (tail.ended()) {
                continue;
            }
            tail.fetch();
            if (checkState) {
                endIfStateLost(tail);
            }
        }
    }

    /** A scan whose state Redis lost, and that no replica rewrote, ends with a failure. */
    private void endIfStateLost(EventTail tail) {
        store.find(tail.scanId()).subscribe().with(state -> {
            if (state == null) {
                tail.endWith(new StoredEvent(tail.lastSeq() + 1, "failed", null,
                        "{\"reason\":\"the scan's state is gone from Redis (restarted without "
                                + "persistence, or expired); submit the scan again\"}"));
            }
        }, failure -> { });
    }

    private static void closeQuietly(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception e) {
            // closing a follower cannot fail; nothing to do
        }
    }
}
