// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scan server on 127.0.0.1 that keeps the client contract of {@code stella serve} and
 * records every request it gets. Scan {@code s1} is the only scan; what it answers is set per
 * test through the public fields.
 */
final class FakeScanServer implements AutoCloseable {

    static final String SCAN_ID = "s1";

    /** One request as received. */
    record Request(String method, String uri, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer other than the contract's happy path. */
    record Answer(int status, String contentType, String body, String retryAfter) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The diff ids {@code POST /layers/missing} says the server lacks. */
    volatile List<String> missing = List.of();
    /** The JSON report of scan s1. */
    volatile String report = report("high");
    /** Polls that answer {@code running}; null: {@code POST /scan} answers 200 at once. */
    volatile Integer runningPolls;
    /** The state the scan ends in once polled to its end. */
    volatile String finalState = "completed";
    /** When set, {@code POST /scan} answers with this instead. */
    volatile Answer scanAnswer;
    /** Headers every answer to {@code POST /scan} carries (quota headers, say). */
    volatile java.util.Map<String, String> scanHeaders = java.util.Map.of();
    /** How many scan requests get {@link #scanAnswer} before the normal answer comes. */
    final AtomicInteger scanAnswerTimes = new AtomicInteger(Integer.MAX_VALUE);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeScanServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeScanServer start() throws IOException {
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        return new FakeScanServer(HttpServer.create(local, 0));
    }

    /** A report of one finding per severity level given. */
    static String report(String... levels) {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            findings.add("""
                    {"id": "GHSA-000%d", "purl": "pkg:npm/alpha@1.0.0",
                     "severity": {"level": "%s"}, "status": "affected"}"""
                    .formatted(i, levels[i]));
        }
        return """
                {"schemaVersion": "1.0", "findings": [%s]}
                """.formatted(String.join(",", findings));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests of this method whose path and query start so. */
    List<Request> requests(String method, String uriPrefix) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.uri().startsWith(uriPrefix))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Request request = new Request(exchange.getRequestMethod(),
                exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body);
        requests.add(request);
        try {
            route(exchange, request);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, Request request) throws IOException {
        String route = request.method() + " " + request.uri();
        String scan = "/scans/" + SCAN_ID;
        if (route.equals("POST /layers/missing")) {
            answerMissing(exchange, JSON.readTree(request.body()));
        } else if (request.method().equals("PUT") && request.uri().startsWith("/layers/")) {
            exchange.sendResponseHeaders(204, -1);
        } else if (route.equals("POST /scan?wait=true")) {
            answerScan(exchange);
        } else if (route.equals("GET " + scan)) {
            Integer left = runningPolls;
            String state = left != null && left > 0 ? "running" : finalState;
            runningPolls = left == null ? null : left - 1;
            String detail = state.equals("failed") ? ", \"detail\": \"worker lost\"" : "";
            send(exchange, 200, "application/json", """
                    {"id": "%s", "state": "%s"%s}""".formatted(SCAN_ID, state, detail));
        } else if (route.equals("GET " + scan + "?format=json")) {
            send(exchange, 200, "application/json", report);
        } else if (route.startsWith("GET " + scan + "?format=")) {
            send(exchange, 200, "text/plain", "rendered as "
                    + route.substring(route.indexOf('=') + 1) + "\n");
        } else {
            send(exchange, 404, "application/problem+json",
                    "{\"title\": \"Not Found\", \"status\": 404, \"detail\": \"" + route + "\"}");
        }
    }

    /** The subset of the asked diff ids the server lacks, in the order asked. */
    private void answerMissing(HttpExchange exchange, JsonNode question) throws IOException {
        List<String> lacking = new ArrayList<>();
        question.path("diffIds").forEach(id -> {
            if (missing.contains(id.asText())) {
                lacking.add(id.asText());
            }
        });
        send(exchange, 200, "application/json",
                JSON.createObjectNode().set("missing", JSON.valueToTree(lacking)).toString());
    }

    private void answerScan(HttpExchange exchange) throws IOException {
        scanHeaders.forEach(exchange.getResponseHeaders()::add);
        Answer answer = scanAnswer;
        if (answer != null && scanAnswerTimes.getAndDecrement() > 0) {
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            send(exchange, answer.status(), answer.contentType(), answer.body());
            return;
        }
        exchange.getResponseHeaders().add("Location", "/scans/" + SCAN_ID);
        if (runningPolls == null) {
            send(exchange, 200, "application/json", report);
            return;
        }
        send(exchange, 202, "application/json", """
                {"id": "%s", "state": "queued", "events": "/scans/%s/events"}"""
                .formatted(SCAN_ID, SCAN_ID));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
