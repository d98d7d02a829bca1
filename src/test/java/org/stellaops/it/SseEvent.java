// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;

/**
 * One Server-Sent Event as it came over the wire: its {@code id:} (a scan event's sequence),
 * its {@code event:} type and its {@code data:} text.
 */
record SseEvent(long id, String type, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TERMINAL = Set.of("completed", "failed", "cancelled");

    JsonNode json() {
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new AssertionError("event " + id + " has data that is not JSON: " + data, e);
        }
    }

    boolean terminal() {
        return TERMINAL.contains(type);
    }

    static List<Long> ids(List<SseEvent> events) {
        return events.stream().map(SseEvent::id).toList();
    }

    static List<String> types(List<SseEvent> events) {
        return events.stream().map(SseEvent::type).toList();
    }
}
