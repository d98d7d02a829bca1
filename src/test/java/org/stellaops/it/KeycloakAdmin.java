// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the IdP tests set up in a {@link KeycloakProcess}, through its admin REST API: realms,
 * client scopes (which Keycloak lists in a token's {@code scope} claim) and confidential
 * clients with a service account, whose client-credentials tokens carry an audience,
 * hardcoded claims and the realm roles granted to the service account. Each call fails the
 * test when Keycloak refuses it.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final KeycloakProcess keycloak;

    KeycloakAdmin(KeycloakProcess keycloak) {
        this.keycloak = keycloak;
    }

    /** A confidential client: its id, secret, audience, claims and default client scopes. */
    record Client(String id, String secret, String audience, Map<String, String> claims,
            List<String> scopes, int tokenLifespanSeconds) {
    }

    KeycloakAdmin createRealm(String realm) {
        post("/admin/realms", Map.of("realm", realm, "enabled", true));
        return this;
    }

    /** A client scope whose name Keycloak puts in the {@code scope} claim when granted. */
    KeycloakAdmin createClientScope(String realm, String name) {
        post("/admin/realms/" + realm + "/client-scopes", Map.of("name", name,
                "protocol", "openid-connect",
                "attributes", Map.of("include.in.token.scope", "true")));
        return this;
    }

    KeycloakAdmin createClient(String realm, Client client) {
        List<Object> mappers = new ArrayList<>();
        mappers.add(mapper("audience", "oidc-audience-mapper",
                Map.of("included.custom.audience", client.audience())));
        client.claims().forEach((claim, value) -> mappers.add(mapper(claim,
                "oidc-hardcoded-claim-mapper", Map.of("claim.name", claim,
                        "claim.value", value, "jsonType.label", "String"))));
        List<String> scopes = new ArrayList<>(List.of("basic")); // "basic" adds sub
        scopes.addAll(client.scopes());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client.id());
        body.put("secret", client.secret());
        body.put("publicClient", false);
        body.put("serviceAccountsEnabled", true);
        body.put("standardFlowEnabled", false);
        body.put("attributes", Map.of("access.token.lifespan",
                String.valueOf(client.tokenLifespanSeconds())));
        body.put("defaultClientScopes", scopes);
        body.put("protocolMappers", mappers);
        post("/admin/realms/" + realm + "/clients", body);
        return this;
    }

    /** Creates a realm role and gives it to the client's service account. */
    KeycloakAdmin grantRealmRole(String realm, Client client, String role) {
        String admin = "/admin/realms/" + realm;
        post(admin + "/roles", Map.of("name", role));
        String clientUuid = get(admin + "/clients?clientId=" + encode(client.id()))
                .path(0).path("id").asText();
        String userId = get(admin + "/clients/" + clientUuid + "/service-account-user")
                .path("id").asText();
        JsonNode representation = get(admin + "/roles/" + encode(role));
        send(admin + "/users/" + userId + "/role-mappings/realm", List.of(representation), 204);
        return this;
    }

    /** A client-credentials access token of the client. */
    String token(String realm, Client client) {
        return tokenAt(keycloak.realmUrl(realm), client);
    }

    /**
     * A token asked for at another URL of the realm: Keycloak without a fixed hostname names
     * the URL it was asked at as the issuer, so {@code localhost} gives a token of another
     * issuer under the same realm keys.
     */
    String tokenVia(String host, String realm, Client client) {
        return tokenAt(keycloak.realmUrl(realm).replace("127.0.0.1", host), client);
    }

    private String tokenAt(String realmUrl, Client client) {
        String form = "grant_type=client_credentials&client_id=" + encode(client.id())
                + "&client_secret=" + encode(client.secret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return json(expect(200, response)).path("access_token").asText();
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + encode(KeycloakProcess.ADMIN) + "&password="
                + encode(KeycloakProcess.ADMIN_PASSWORD);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                keycloak.realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return json(expect(200, response)).path("access_token").asText();
    }

    private void post(String path, Object body) {
        send(path, body, 201);
    }

    private void send(String path, Object body, int status) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            expect(status, send(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                .header("Authorization", "Bearer " + adminToken()).GET().build();
        return json(expect(200, send(request)));
    }

    private static Map<String, Object> mapper(String name, String type,
            Map<String, String> config) {
        Map<String, String> all = new LinkedHashMap<>(config);
        all.put("access.token.claim", "true");
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", type,
                "config", all);
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode json(String body) {
        return ApiClient.json(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
