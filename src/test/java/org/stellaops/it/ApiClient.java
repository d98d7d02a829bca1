// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The scan API of one server, over {@code java.net.http}, as plainly as a client uses it. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final ServerProcess server;

    ApiClient(ServerProcess server) {
        this.server = server;
    }

    ServerProcess server() {
        return server;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs with extra headers (name, value, ...). */
    HttpResponse<byte[]> post(String path, byte[] body, String contentType,
            String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(request(path, all).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * POSTs multipart/form-data: parts as (name, file name, bytes) triples; headers after
     * them as name, value pairs.
     */
    HttpResponse<byte[]> postForm(String path, List<Object[]> parts, String... headers) {
        String boundary = "stella-it-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object[] part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + part[0] + "\"; filename=\"" + part[1] + "\"\r\nContent-Type: "
                    + "application/octet-stream\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) part[2]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return post(path, body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                headers);
    }

    HttpResponse<byte[]> post(String path, byte[] body, String contentType) {
        return send(request(path, "Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits an SBOM without waiting; the new scan's id. */
    String submit(Path sbom) {
        HttpResponse<byte[]> response = post("/scan", read(sbom), "application/json");
        if (response.statusCode() != 202) {
            throw new AssertionError("POST /scan answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        return json(response.body()).path("id").asText();
    }

    /** Submits an SBOM with {@code ?wait=true}; the id of the scan, which completed. */
    String submitAndWait(Path sbom) {
        HttpResponse<byte[]> response = post("/scan?wait=true", read(sbom), "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("POST /scan?wait=true answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A GET whose body is left unread: for streams, whose status is known before the end. */
    HttpResponse<InputStream> open(String path, String... headers) {
        return send(request(path, headers).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /** {@code GET /scans/{id}}; null when the server answers 404. */
    JsonNode state(String id) {
        HttpResponse<String> response = get("/scans/" + id);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /scans/" + id + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    JsonNode awaitState(String id, Duration patience, Predicate<JsonNode> holds) {
        return Await.until("scan " + id + " on " + server.name(), patience,
                () -> state(id), holds);
    }

    JsonNode awaitEnd(String id, Duration patience) {
        return awaitState(id, patience, s -> s.path("state").asText().matches(
                "completed|failed|cancelled"));
    }

    /** {@code GET /ready}: its status and the server's own check, named "stella". */
    Readiness ready() {
        HttpResponse<String> response = get("/ready");
        for (JsonNode check : json(response.body()).path("checks")) {
            if (check.path("name").asText().equals("stella")) {
                return new Readiness(response.statusCode(), check);
            }
        }
        throw new AssertionError("no stella check in " + response.body());
    }

    Readiness awaitReady(String what, Predicate<Readiness> holds) {
        return Await.until(what + " on " + server.name(), Duration.ofSeconds(30), this::ready,
                holds);
    }

    URI events(String id) {
        return server.uri("/scans/" + id + "/events");
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static JsonNode json(byte[] body) {
        return json(new String(body, StandardCharsets.UTF_8));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code /ready} says: the status, and the stella check with its data. */
    record Readiness(int status, JsonNode check) {

        String snapshot() {
            return check.path("data").path("snapshot").asText();
        }

        String redis() {
            return check.path("data").path("redis").asText();
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(90));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
