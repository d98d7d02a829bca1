// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One event of a scan's history, before it is numbered: its type and the fields of its JSON
 * body. The store gives it a sequence number and a time when it is appended.
 *
 * @param type one of the names in {@link #TYPES}
 * @param body fields of the event, in the order they are written
 */
public record ScanEvent(String type, Map<String, Object> body) {

    public static final String QUEUED = "queued";
    public static final String STAGE_STARTED = "stage-started";
    public static final String STAGE_PROGRESS = "stage-progress";
    public static final String STAGE_FINISHED = "stage-finished";
    public static final String FINDINGS = "findings";
    public static final String WARNING = "warning";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    /** Every event type a client may see. */
    public static final Set<String> TYPES = Set.of(QUEUED, STAGE_STARTED, STAGE_PROGRESS,
            STAGE_FINISHED, FINDINGS, WARNING, COMPLETED, FAILED, CANCELLED);

    public ScanEvent {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** True for the events that end a scan's history. */
    public boolean terminal() {
        return isTerminal(type);
    }

    public static boolean isTerminal(String type) {
        return type.equals(COMPLETED) || type.equals(FAILED) || type.equals(CANCELLED);
    }

    static ScanEvent of(String type, Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ScanEvent(type, body);
    }
}
