// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import java.util.function.Consumer;
import org.stellaops.store.StoredEvent;

/**
 * One local reader of a scan's history: an SSE stream or a {@code ?wait=true} request. It is
 * handed every event after {@code afterSeq}, once each, in sequence order.
 */
final class EventFollower {

    private final Consumer<StoredEvent> sink;
    private long delivered;
    private volatile boolean closed;

    EventFollower(long afterSeq, Consumer<StoredEvent> sink) {
        this.delivered = afterSeq;
        this.sink = sink;
    }

    /** Hands over the event unless it was handed over before; called under the tail's lock. */
    void offer(StoredEvent event) {
        if (closed || event.seq() <= delivered) {
            return;
        }
        delivered = event.seq();
        sink.accept(event);
    }

    void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
