// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stellaops.store.ScanState;

/** A scan's state as the API shows it: the fields clients use, in a fixed order. */
final class ScanViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScanViews() {
    }

    static Map<String, Object> of(ScanState state) {
        String id = state.id();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("state", state.state());
        putIf(view, "kind", state.get("kind"));
        putIf(view, "target", state.get("image") != null ? state.get("image")
                : state.get("origin"));
        putIf(view, "submitted", state.get("submitted"));
        putIf(view, "started", state.get("started"));
        putIf(view, "finished", state.get("finished"));
        putIf(view, "attempt", number(state.get("attempt")));
        putIf(view, "replica", state.owner());
        putIf(view, "snapshot", state.get("snapshot"));
        putIf(view, "findings", number(state.get("findings")));
        putIf(view, "counts", tree(state.get("counts")));
        putIf(view, "stages", tree(state.get("timings")));
        putIf(view, "error", state.get("error"));
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/scans/" + id);
        links.put("events", "/scans/" + id + "/events");
        if (ScanState.COMPLETED.equals(state.state())) {
            links.put("report", "/scans/" + id + "/report");
        }
        view.put("links", links);
        return view;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always write", e);
        }
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void putIf(Map<String, Object> view, String name, Object value) {
        if (value != null) {
            view.put(name, value);
        }
    }
}
