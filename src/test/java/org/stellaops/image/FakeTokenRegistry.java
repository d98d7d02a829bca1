// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A registry that behaves like Docker Hub where docker-registry cannot: bearer tokens from a
 * token endpoint after a 401 challenge, and blobs redirected to storage on another host name. It
 * serves one OCI layout as repository {@code stella/fixture}. When {@code tamper} is set it
 * serves manifests asked for by digest with one byte changed.
 */
final class FakeTokenRegistry implements AutoCloseable {

    static final String TOKEN = "t0ken-for-stella";

    private final HttpServer server;
    private final Path layout;
    final List<String> storageAuthorizations = new CopyOnWriteArrayList<>();
    final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();
    volatile boolean tamper;

    FakeTokenRegistry(Path layout) throws IOException {
        this.layout = layout;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::serveToken);
        server.createContext("/v2/", this::serveApi);
        server.createContext("/storage/", this::serveStorage);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void serveToken(HttpExchange exchange) throws IOException {
        tokenAuthorizations.add(String.valueOf(exchange.getRequestHeaders()
                .getFirst("Authorization")));
        String query = exchange.getRequestURI().getQuery();
        if (query == null || !query.contains("scope=repository:stella/fixture:pull")
                || !query.contains("service=fake-registry")) {
            send(exchange, 400, "bad token request: " + query);
            return;
        }
        // Docker Hub replies with both names; only access_token proves the fallback.
        send(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300}");
    }

    private void serveApi(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://"
                    + address() + "/token\",service=\"fake-registry\","
                    + "scope=\"repository:stella/fixture:pull\"");
            send(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String prefix = "/v2/stella/fixture/";
        if (path.startsWith(prefix + "manifests/")) {
            serveManifest(exchange, path.substring((prefix + "manifests/").length()));
        } else if (path.startsWith(prefix + "blobs/sha256:")) {
            // Another authority (localhost, not 127.0.0.1), as a storage bucket would be.
            exchange.getResponseHeaders().add("Location", "http://localhost:"
                    + server.getAddress().getPort() + "/storage/"
                    + path.substring((prefix + "blobs/sha256:").length()));
            send(exchange, 307, "");
        } else {
            send(exchange, 404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\"}]}");
        }
    }

    private void serveManifest(HttpExchange exchange, String reference) throws IOException {
        String digest = reference;
        if (!reference.startsWith("sha256:")) {
            digest = null;
            JsonNode index = new ObjectMapper().readTree(layout.resolve("index.json").toFile());
            for (JsonNode entry : index.get("manifests")) {
                if (reference.equals(entry.path("annotations")
                        .path("org.opencontainers.image.ref.name").asText())) {
                    digest = entry.get("digest").asText();
                }
            }
        }
        if (digest == null || !Files.exists(layout.resolve(LayoutBlobs.path(digest)))) {
            send(exchange, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\"}]}");
            return;
        }
        byte[] bytes = ImageFixtures.blob(layout, digest);
        exchange.getResponseHeaders().add("Content-Type", new ObjectMapper().readTree(bytes)
                .path("mediaType").asText(Descriptor.OCI_MANIFEST));
        if (tamper && reference.startsWith("sha256:")) {
            bytes = bytes.clone();
            bytes[bytes.length - 2] ^= 0x01;
        }
        send(exchange, 200, bytes);
    }

    private void serveStorage(HttpExchange exchange) throws IOException {
        storageAuthorizations.add(String.valueOf(exchange.getRequestHeaders()
                .getFirst("Authorization")));
        String hex = exchange.getRequestURI().getPath().substring("/storage/".length());
        Path blob = layout.resolve("blobs/sha256/" + hex);
        if (!hex.matches("[0-9a-f]{64}") || !Files.exists(blob)) {
            send(exchange, 404, "no such blob");
            return;
        }
        send(exchange, 200, Files.readAllBytes(blob));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
