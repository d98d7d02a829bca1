// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * From the answer to {@code POST /scan?wait=true} to the finished scan: a 200 carries the JSON
 * report; a 202 means the server stopped waiting, so the scan is polled until it ends and its
 * report fetched.
 */
final class ScanWait {

    /** A finished scan: its id on the server and its JSON report. */
    record Finished(String id, byte[] jsonReport) {
    }

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    // ids go into request paths: only what a path segment holds as it is
    private static final Pattern SCAN_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    private final ServerClient client;
    private final Progress progress;

    ScanWait(ServerClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    static String scanPath(String id) {
        return "/scans/" + id;
    }

    Finished finish(HttpResponse<byte[]> answer) throws ServerException {
        if (answer.statusCode() != 202) {
            return new Finished(idFromLocation(answer), answer.body());
        }
        JsonNode accepted = client.json(answer);
        String id = accepted.path("id").isTextual()
                ? checkedId(accepted.path("id").asText()) : idFromLocation(answer);
        if (id == null) {
            throw new ServerException("server: accepted the scan without naming it");
        }
        awaitEnd(id);
        return new Finished(id, client.get(scanPath(id) + "?format=json").body());
    }

    private void awaitEnd(String id) throws ServerException {
        String last = null;
        while (true) {
            JsonNode status = client.json(client.get(scanPath(id)));
            String state = status.path("state").asText("");
            if (!state.equals(last)) {
                progress.say("scan " + id + " " + state);
                last = state;
            }
            switch (state) {
                case "completed":
                    return;
                case "failed":
                case "cancelled":
                    throw new ServerException("server: scan " + id + " " + state
                            + reasonOf(status));
                case "queued":
                case "running":
                    pause();
                    break;
                default:
                    throw new ServerException("server: scan " + id + " is in an unknown state '"
                            + state + "'");
            }
        }
    }

    /** Why a scan failed, from {@code detail}, else {@code error} as text or its message. */
    private static String reasonOf(JsonNode status) {
        JsonNode error = status.path("error");
        String reason = status.path("detail").isTextual() ? status.path("detail").asText()
                : error.isTextual() ? error.asText()
                : error.path("message").isTextual() ? error.path("message").asText()
                : error.path("detail").isTextual() ? error.path("detail").asText()
                : null;
        return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    }

    private static void pause() throws ServerException {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while waiting for the scan", e);
        }
    }

    /** The id in {@code Location: /scans/ID}, or null when there is none. */
    private static String idFromLocation(HttpResponse<byte[]> answer) throws ServerException {
        String location = answer.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return null;
        }
        String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return checkedId(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String checkedId(String id) throws ServerException {
        if (!SCAN_ID.matcher(id).matches()) {
            throw new ServerException("server: named the scan '" + id + "', which is not a "
                    + "usable scan id");
        }
        return id;
    }
}
