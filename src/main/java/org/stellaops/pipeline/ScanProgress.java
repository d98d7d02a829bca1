// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

/**
 * Where a running pipeline reports what it does. Called from worker threads, in the order
 * events happen; an implementation keeps that order and must not block the caller for long
 * (the server queues events and writes them to Redis one after another).
 */
@FunctionalInterface
public interface ScanProgress {

    void emit(ScanEvent event);

    /** Progress that goes nowhere: for tests and one-off runs. */
    static ScanProgress ignored() {
        return event -> { };
    }
}
