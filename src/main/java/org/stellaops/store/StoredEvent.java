// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import org.stellaops.pipeline.ScanEvent;

/**
 * An event as the scan's history holds it.
 *
 * @param seq its sequence in the scan, from 1: the SSE {@code id}
 * @param time when it was appended (RFC 3339, UTC, milliseconds)
 * @param body the event's own fields as a JSON object
 */
public record StoredEvent(long seq, String type, String time, String body) {

    public boolean terminal() {
        return ScanEvent.isTerminal(type);
    }
}
