// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns an answer other than 2xx into one line: {@code server: STATUS TITLE: DETAIL}, from the
 * RFC 9457 problem details when the server sent them, else from the status and the body's
 * first line (a proxy in between answers in HTML or plain text).
 */
final class ServerProblems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 300;
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private ServerProblems() {
    }

    static ServerException describe(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String title = REASONS.getOrDefault(status, "HTTP error");
        String detail = null;
        JsonNode problem = problemOf(response);
        if (problem != null) {
            title = textOr(problem.path("title"), title);
            status = problem.path("status").canConvertToInt()
                    ? problem.path("status").asInt() : status;
            detail = textOr(problem.path("detail"), null);
        } else {
            detail = firstLine(response.body());
        }
        StringBuilder message = new StringBuilder("server: ").append(status).append(' ')
                .append(title);
        if (detail != null) {
            message.append(": ").append(detail);
        }
        response.headers().firstValue("Retry-After").ifPresent(after -> message
                .append(" (the server asks to retry after ").append(after.strip())
                .append(after.strip().matches("\\d+") ? " seconds)" : ")"));
        return new ServerException(message.toString());
    }

    private static JsonNode problemOf(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (!MediaTypes.isType(type, MediaTypes.PROBLEM)
                && !MediaTypes.isType(type, MediaTypes.JSON)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String textOr(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? oneLine(node.asText()) : fallback;
    }

    private static String firstLine(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        int end = text.indexOf('\n');
        return oneLine(end < 0 ? text : text.substring(0, end));
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL) + "...";
    }
}
