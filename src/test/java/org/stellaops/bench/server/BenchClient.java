// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The load harness's side of the server API, on the JDK's HttpClient over HTTP/1.1 (what
 * the command line speaks), one connection pool per instance.
 */
final class BenchClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLIENT_KEY_HEADER = "X-Stella-Client-Key";

    private final HttpClient http;
    private final URI base;

    BenchClient(String base) {
        this.base = URI.create(base.replaceAll("/+$", ""));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    /** POSTs a body; the answer's bytes, whatever the status. */
    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> put(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    String getText(String path) {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10)).GET().build());
        return new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The lines of a scan's event stream that arrive within {@code millis}: the whole history
     * of a scan that ended, what is there so far of one that did not.
     */
    String eventLines(String scanId, long millis) throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                http.send(HttpRequest.newBuilder(uri("/scans/" + scanId + "/events")).GET()
                        .build(), HttpResponse.BodyHandlers.ofLines()).body()
                        .filter(line -> !line.isEmpty()).forEach(lines::add);
            } catch (IOException | RuntimeException e) {
                lines.add("(" + e + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.setDaemon(true);
        reader.start();
        reader.join(millis);
        return String.join(" | ", lines);
    }

    /** What to send an SBOM file as: SPDX tag-value and XML by their suffix, else JSON. */
    static String contentTypeOf(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".spdx")) {
            return "text/spdx";
        }
        return name.endsWith(".xml") ? "application/xml" : "application/json";
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
