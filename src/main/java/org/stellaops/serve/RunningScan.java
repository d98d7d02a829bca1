// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.opentelemetry.api.trace.Span;
import io.smallrye.mutiny.subscription.Cancellable;
import java.nio.file.Path;
import org.stellaops.store.ScanState;
import org.stellaops.store.WorkQueue;

/** A scan running on this replica: its queue entry, its history writer, what to cancel. */
final class RunningScan {

    final WorkQueue.Entry entry;
    volatile EventWriter writer;
    /** The state as read when the scan started here. */
    volatile ScanState state;
    volatile Cancellable cancellable;
    volatile Path spooled;
    volatile Span span;
    volatile boolean ended;

    RunningScan(WorkQueue.Entry entry) {
        this.entry = entry;
    }

    String scanId() {
        return entry.scanId();
    }
}
