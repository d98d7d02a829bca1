// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * The pull side of the OCI Distribution API for one repository, on {@link HttpClient}: manifests
 * and blobs, anonymous, basic or bearer-token auth (the 401 challenge flow), redirects followed
 * by hand so credentials never travel to another host and https never drops to http.
 *
 * <p>Written here rather than taken from a library: oras-java-sdk streams blobs but is alpha,
 * sends a HEAD before every blob, refuses indexes in {@code getManifest} and ties plain http to
 * skipping TLS verification; jib-core's registry client writes blobs only into an
 * {@code OutputStream} (a pipe thread per layer) and brings Guava and google-http-client. What
 * we need is a few requests and the auth flow.
 */
final class RegistryClient {

    static final String MANIFEST_TYPES = String.join(", ", Descriptor.OCI_MANIFEST,
            Descriptor.OCI_INDEX, Descriptor.DOCKER_MANIFEST, Descriptor.DOCKER_LIST);
    private static final int MAX_REDIRECTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ImageReference reference;
    private final String base;
    private final RegistryCredentials credentials;
    private final int maxDocumentBytes;
    private final HttpClient http;
    // Shared by layers opened on several threads; a 401 at any time renews it.
    private volatile String authorization;

    /** A manifest as served: its bytes and the media type the registry declared. */
    record Manifest(byte[] bytes, String mediaType, String digestHeader) {
    }

    RegistryClient(ImageReference reference, boolean insecure, RegistryCredentials credentials,
                   int maxDocumentBytes) {
        this.reference = reference;
        this.base = (insecure ? "http://" : "https://") + reference.registryHost();
        this.credentials = credentials;
        this.maxDocumentBytes = maxDocumentBytes;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    Manifest fetchManifest(String tagOrDigest) throws IOException {
        URI uri = URI.create(base + "/v2/" + reference.repository() + "/manifests/"
                + tagOrDigest);
        HttpResponse<InputStream> response = send(uri, MANIFEST_TYPES);
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(maxDocumentBytes + 1);
            if (bytes.length > maxDocumentBytes) {
                throw new ImageException(uri + ": manifest larger than " + maxDocumentBytes
                        + " bytes");
            }
            return new Manifest(bytes, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Docker-Content-Digest").orElse(null));
        }
    }

    InputStream openBlob(String digest) throws IOException {
        URI uri = URI.create(base + "/v2/" + reference.repository() + "/blobs/" + digest);
        return send(uri, "*/*").body();
    }

    /** GET with auth and redirects; returns only a 200 response, whose body the caller closes. */
    private HttpResponse<InputStream> send(URI uri, String accept) throws IOException {
        HttpResponse<InputStream> response = get(uri, accept, authorization);
        if (response.statusCode() == 401) {
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            response.body().close();
            authorization = authorize(AuthChallenge.parse(challenge), uri);
            response = get(uri, accept, authorization);
        }
        URI current = uri;
        for (int hop = 0; isRedirect(response.statusCode()); hop++) {
            response.body().close();
            if (hop == MAX_REDIRECTS) {
                throw new ImageException(uri + ": more than " + MAX_REDIRECTS + " redirects");
            }
            URI next = current.resolve(response.headers().firstValue("Location")
                    .orElseThrow(() -> new ImageException(uri + ": redirect without Location")));
            if (current.getScheme().equals("https") && !next.getScheme().equals("https")) {
                throw new ImageException(uri + ": refusing a redirect from https to " + next);
            }
            // Presigned storage URLs carry their own credentials; ours stay with the registry.
            boolean sameHost = next.getAuthority().equals(uri.getAuthority());
            response = get(next, accept, sameHost ? authorization : null);
            current = next;
        }
        if (response.statusCode() != 200) {
            throw failure(uri, response);
        }
        return response;
    }

    private String authorize(AuthChallenge challenge, URI uri) throws IOException {
        if (challenge.scheme().equals("basic")) {
            if (credentials == null) {
                throw new ImageException(uri + ": the registry requires a login and no "
                        + "credentials for " + reference.registry() + " were found in the Docker "
                        + "config (DOCKER_CONFIG or ~/.docker/config.json)");
            }
            return credentials.basicHeader();
        }
        if (!challenge.scheme().equals("bearer") || challenge.parameter("realm") == null) {
            throw new ImageException(uri + ": unsupported authentication challenge '"
                    + challenge.scheme() + "'");
        }
        return "Bearer " + fetchToken(challenge);
    }

    private String fetchToken(AuthChallenge challenge) throws IOException {
        String scope = challenge.parameter("scope") != null ? challenge.parameter("scope")
                : "repository:" + reference.repository() + ":pull";
        StringBuilder query = new StringBuilder("scope=").append(encode(scope));
        if (challenge.parameter("service") != null) {
            query.append("&service=").append(encode(challenge.parameter("service")));
        }
        String realm = challenge.parameter("realm");
        URI uri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
        if (base.startsWith("https") && !"https".equals(uri.getScheme())) {
            throw new ImageException("token realm " + realm + " is not https");
        }
        HttpResponse<InputStream> response = get(uri, "application/json",
                credentials == null ? null : credentials.basicHeader());
        if (response.statusCode() != 200) {
            throw failure(uri, response);
        }
        JsonNode reply;
        try (InputStream body = response.body()) {
            reply = ImageDocuments.parse(body.readNBytes(maxDocumentBytes), "token reply of "
                    + realm);
        }
        String token = reply.path("token").asText(reply.path("access_token").asText(""));
        if (token.isEmpty()) {
            throw new ImageException("token reply of " + realm + " holds no token");
        }
        return token;
    }

    private HttpResponse<InputStream> get(URI uri, String accept, String auth)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", accept).GET();
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageException(uri + ": interrupted", e);
        } catch (SSLException e) {
            throw new ImageException(uri + ": TLS failed (" + e.getMessage() + "); a registry"
                    + " that speaks plain http needs --insecure", e);
        } catch (IOException e) {
            throw new ImageException(uri + ": " + e, e);
        }
    }

    private static ImageException failure(URI uri, HttpResponse<InputStream> response)
            throws IOException {
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(512), StandardCharsets.UTF_8).strip();
        }
        return new ImageException(uri + ": HTTP " + response.statusCode()
                + (body.isEmpty() ? "" : ": " + body));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
