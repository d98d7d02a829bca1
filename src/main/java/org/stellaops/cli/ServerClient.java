// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * HTTP/1.1 to one scan server. Every request carries the client key, and the access token
 * as {@code Authorization: Bearer} when there is one; an answer other than 2xx, a refused
 * connection or a timeout becomes a {@link ServerException} of one line. No redirects are
 * followed: they would carry the client key and token to wherever they point.
 */
final class ServerClient {

    static final String CLIENT_KEY_HEADER = "X-Stella-Client-Key";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // the server bounds its own wait=true; this only ends a connection that hangs
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(15);
    /** How long a request refused for a full queue (429 with Retry-After) is retried. */
    private static final Duration QUEUE_PATIENCE = Duration.ofMinutes(5);

    private final URI base;
    private final String clientKey;
    private final String token;
    private final HttpClient http;
    private QuotaNotices quota = QuotaNotices.silent();

    /** @param base the server's URL without a trailing slash; paths are appended to it */
    ServerClient(URI base, String clientKey) {
        this(base, clientKey, null);
    }

    /** @param token the access token to send, or null to call anonymously */
    ServerClient(URI base, String clientKey, String token) {
        this.base = base;
        this.clientKey = clientKey;
        this.token = token;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equalsIgnoreCase(base.getScheme())) {
            // The client builds the default TLS context (trust store and all, about 80 ms of a
            // CI run) even when it never speaks TLS; a plain-http server and no redirects mean
            // it never will, so it gets one that is never initialised.
            builder.sslContext(unusedTls());
        }
        this.http = builder.build();
    }

    /** A TLS context that trusts nothing: any TLS it were asked for would fail, loudly. */
    private static SSLContext unusedTls() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            return context;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException("every Java platform has TLS", e);
        }
    }

    /** How quota warnings, holds and rate-limit refusals are reported and waited for. */
    ServerClient quota(QuotaNotices notices) {
        this.quota = notices;
        return this;
    }

    URI base() {
        return base;
    }

    HttpResponse<byte[]> get(String path) throws ServerException {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    /** Posts a JSON document and reads the JSON answer. */
    JsonNode postJson(String path, String mediaType, JsonNode body) throws ServerException {
        return json(post(path, mediaType, HttpRequest.BodyPublishers.ofByteArray(bytesOf(body))));
    }

    HttpResponse<byte[]> post(String path, String mediaType, BodyPublisher body)
            throws ServerException {
        return send("POST", path, mediaType, body);
    }

    HttpResponse<byte[]> delete(String path) throws ServerException {
        return send("DELETE", path, null, HttpRequest.BodyPublishers.noBody());
    }

    HttpResponse<byte[]> put(String path, String mediaType, BodyPublisher body)
            throws ServerException {
        return send("PUT", path, mediaType, body);
    }

    /** The answer's body as JSON; anything else is the server's fault, named as such. */
    JsonNode json(HttpResponse<byte[]> response) throws ServerException {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new ServerException("server: " + response.request().method() + " "
                    + response.uri().getRawPath() + " answered with invalid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory does not fail", e);
        }
    }

    /** Sends one request; returns the answer only when its status is 2xx. */
    private HttpResponse<byte[]> send(String method, String path, String mediaType,
            BodyPublisher body) throws ServerException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header(CLIENT_KEY_HEADER, clientKey)
                .method(method, body);
        if (mediaType != null) {
            request.header("Content-Type", mediaType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        long giveUpAt = System.nanoTime() + QUEUE_PATIENCE.toNanos();
        HttpResponse<byte[]> response = exchange(built);
        // a full queue is a "not yet": wait as the server asks, within a patience, and retry
        while (response.statusCode() == 429) {
            if (QuotaNotices.refusedByAccessLayer(response)) {
                long waitMs = quota.waitBeforeRetry(response);
                pause(waitMs);
                response = exchange(built);
                continue;
            }
            long waitMs = retryAfterMs(response);
            if (waitMs < 0 || System.nanoTime() + waitMs * 1_000_000 > giveUpAt) {
                break;
            }
            pause(waitMs);
            response = exchange(built);
        }
        quota.report(response);
        if (response.statusCode() / 100 != 2) {
            throw ServerProblems.describe(response);
        }
        return response;
    }

    /**
     * Retry-After in ms, or -1: a full queue asks for seconds (this server says 1); a longer
     * wait (a used-up quota, say) is reported, not waited for.
     */
    private static long retryAfterMs(HttpResponse<byte[]> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After")
                    .orElse("-1").strip());
            return seconds < 0 || seconds > 5 ? -1 : Math.max(100, seconds * 1000);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void pause(long ms) throws ServerException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while waiting for the server's queue", e);
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws ServerException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new ServerException("cannot connect to the server at " + base + ": no answer "
                    + "within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new ServerException("the server at " + base + " did not answer "
                    + request.method() + " " + request.uri().getRawPath() + " within "
                    + REQUEST_TIMEOUT.toMinutes() + " min", e);
        } catch (ConnectException e) {
            throw new ServerException("cannot connect to the server at " + base + ": "
                    + reasonOf(e), e);
        } catch (IOException e) {
            throw new ServerException("cannot talk to the server at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while talking to the server at " + base, e);
        }
    }

    /** The JDK leaves the message of a refused or unresolvable connection empty. */
    private String reasonOf(ConnectException e) {
        if (e.getCause() instanceof UnresolvedAddressException) {
            return "unknown host " + base.getHost();
        }
        return e.getMessage() != null ? e.getMessage() : "connection refused";
    }

    private static byte[] bytesOf(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
