// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import java.util.Map;

/**
 * A scan's state as Redis holds it: string fields of its hash. The fields are listed in
 * docs/server.md; the ones every replica reasons on have accessors.
 */
public record ScanState(Map<String, String> fields) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public ScanState {
        fields = Map.copyOf(fields);
    }

    public String id() {
        return fields.get("id");
    }

    public String state() {
        return fields.get("state");
    }

    public String owner() {
        return fields.get("owner");
    }

    public String get(String field) {
        return fields.get(field);
    }

    public boolean terminal() {
        String state = state();
        return COMPLETED.equals(state) || FAILED.equals(state) || CANCELLED.equals(state);
    }
}
