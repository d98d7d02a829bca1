// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.it.KeycloakAdmin.Client;

/**
 * The packaged server trusting a real Keycloak realm through quarkus-oidc: client-credentials
 * tokens scan and read with the scopes their claims grant; forged, expired, foreign-audience
 * and foreign-key tokens are refused with 401; tokens of other issuers are left to Stella's
 * own verifier; a request without a token still scans anonymously, and a server without a
 * provider configured ignores bearer tokens as before.
 */
@Timeout(value = 300, unit = SECONDS)
class OidcIT {

    private static final String REALM = "stella";
    private static final String OTHER_REALM = "elsewhere";
    private static final String AUDIENCE = "stella";
    private static final String WRITE = "scan:write";
    private static final String READ = "scan:read";
    private static final String OIDC_REFUSAL = "identity provider's token";

    private static final Client PIPELINE = new Client("ci-pipeline", "pipeline-secret",
            AUDIENCE, Map.of("stella_tier", "enterprise"), List.of(WRITE, READ), 300);
    private static final Client AUDITOR = new Client("auditor", "auditor-secret", AUDIENCE,
            Map.of(), List.of(READ), 300);
    private static final Client SHORT_LIVED = new Client("short-lived", "short-secret",
            AUDIENCE, Map.of(), List.of(WRITE, READ), 3);
    /** No Stella scope of its own: a realm role grants them (the "roles" scope lists it). */
    private static final Client ROLE_HOLDER = new Client("role-holder", "role-secret",
            AUDIENCE, Map.of(), List.of("roles"), 300);
    private static final Client OTHER_API = new Client("other-api", "other-secret",
            "another-api", Map.of(), List.of(WRITE, READ), 300);

    @TempDir
    static Path dir;
    static KeycloakProcess keycloak;
    static KeycloakAdmin admin;
    static ServerProcess server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        keycloak = KeycloakProcess.started();
        System.out.printf("Keycloak ready in %d ms%n", keycloak.startTime().toMillis());
        admin = keycloak.admin().createRealm(REALM).createRealm(OTHER_REALM)
                .createClientScope(REALM, WRITE).createClientScope(REALM, READ)
                .createClientScope(OTHER_REALM, WRITE).createClientScope(OTHER_REALM, READ)
                .createClient(REALM, PIPELINE).createClient(REALM, AUDITOR)
                .createClient(REALM, SHORT_LIVED)
                .createClient(REALM, OTHER_API)
                .createClient(REALM, ROLE_HOLDER).grantRealmRole(REALM, ROLE_HOLDER, "scanner")
                .createClient(OTHER_REALM, PIPELINE);
        server = new ServerProcess("oidc", ItPaths.copyOfExampleDb(dir))
                .with("quarkus.oidc.auth-server-url", keycloak.realmUrl(REALM))
                .with("quarkus.oidc.token.audience", AUDIENCE)
                .with("stella.auth.oidc.scopes.scanner", WRITE + "," + READ)
                .start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void clientCredentialsTokenScansAndReadsItsScan() {
        String token = admin.token(REALM, PIPELINE);

        HttpResponse<byte[]> submitted = scan(token);
        String id = ApiClient.json(submitted.body()).path("id").asText();
        HttpResponse<String> state = api.get("/scans/" + id, "Authorization", "Bearer " + token);

        assertThat(submitted.statusCode()).as(text(submitted)).isEqualTo(202);
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        assertThat(ApiClient.json(state.body()).path("id").asText()).isEqualTo(id);
    }

    @Test
    void tokenWithoutScanWriteMayReadButNotScan() {
        String token = admin.token(REALM, AUDITOR);
        String id = api.submit(ItPaths.juiceShop());

        HttpResponse<byte[]> submitted = scan(token);
        HttpResponse<String> state = api.get("/scans/" + id, "Authorization", "Bearer " + token);

        assertThat(assertProblem(submitted, 403).path("detail").asText()).contains(WRITE);
        assertThat(submitted.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("insufficient_scope"));
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
    }

    @Test
    void realmRoleMappedToScopesLetsItsHolderScan() {
        String token = admin.token(REALM, ROLE_HOLDER);

        HttpResponse<byte[]> submitted = scan(token);

        assertThat(submitted.statusCode()).as(text(submitted)).isEqualTo(202);
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        String token = admin.token(REALM, SHORT_LIVED);
        assertThat(scan(token).statusCode()).as("fresh").isEqualTo(202);

        Thread.sleep(5_000); // the client's tokens live 3 s; quarkus-oidc allows no skew

        assertRefused(scan(token));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertRefused(scan(admin.token(REALM, OTHER_API)));
    }

    @Test
    void tokenWithChangedClaimsIsRefused() {
        String token = admin.token(REALM, AUDITOR);

        assertRefused(scan(ForgedTokens.withClaim(token, "scope", "scan:read scan:write")));
        assertRefused(scan(ForgedTokens.withClaim(token, "stella_tier", "enterprise")));
    }

    @Test
    void tokenWithAlteredSignatureIsRefused() {
        String token = admin.token(REALM, PIPELINE);

        assertRefused(scan(ForgedTokens.withFlippedSignatureBit(token)));
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRefused() {
        assertRefused(scan(ForgedTokens.signedByStranger(keycloak.realmUrl(REALM), AUDIENCE)));
    }

    @Test
    void anotherRealmsTokenPassedOffAsOursIsRefused() {
        String foreign = admin.token(OTHER_REALM, PIPELINE);

        assertRefused(scan(ForgedTokens.withClaim(foreign, "iss", keycloak.realmUrl(REALM))));
    }

    @Test
    void sameRealmKeysUnderAnotherIssuerAreNotTakenAsOurs() {
        String token = admin.tokenVia("localhost", REALM, PIPELINE);
        assertThat(payload(token).path("iss").asText()).startsWith("http://localhost:");

        assertLeftToStellasOwnVerifier(scan(token));
    }

    @Test
    void tokensOfOtherIssuersAreLeftToStellasOwnVerifier() {
        String foreign = admin.token(OTHER_REALM, PIPELINE);
        String stellaShaped = ForgedTokens.es256("https://stella.example/", AUDIENCE);

        assertLeftToStellasOwnVerifier(scan(foreign));
        assertLeftToStellasOwnVerifier(scan(stellaShaped));
    }

    @Test
    void requestWithoutTokenStillScansAnonymously() {
        HttpResponse<byte[]> submitted = api.post("/scan",
                ApiClient.read(ItPaths.juiceShop()), "application/json");

        assertThat(submitted.statusCode()).as(text(submitted)).isEqualTo(202);
    }

    /**
     * Without a provider, a Keycloak token is just a token of an unknown key: Stella's own
     * verifier refuses it with its problem document, quarkus-oidc does not step in.
     */
    @Test
    void serverWithoutProviderRefusesForeignTokensItself() {
        String token = admin.token(REALM, PIPELINE);

        try (ServerProcess plain = new ServerProcess("oidc-unconfigured",
                ItPaths.copyOfExampleDb(dir.resolve("plain"))).start()) {
            HttpResponse<byte[]> submitted = new ApiClient(plain).post("/scan",
                    ApiClient.read(ItPaths.juiceShop()), "application/json",
                    "Authorization", "Bearer " + token);

            assertThat(assertProblem(submitted, 401).path("detail").asText())
                    .contains("is not a trusted key");
            assertThat(submitted.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
        }
    }

    private static HttpResponse<byte[]> scan(String token) {
        return api.post("/scan", ApiClient.read(ItPaths.juiceShop()), "application/json",
                "Authorization", "Bearer " + token);
    }

    private static void assertRefused(HttpResponse<byte[]> response) {
        assertThat(assertProblem(response, 401).path("detail").asText()).contains(OIDC_REFUSAL);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    /**
     * Neither quarkus-oidc's HTTP mechanism (an empty 401) nor the OIDC verifier answered: on
     * a branch without Stella's own verifier the scan is accepted; once that verifier is
     * merged, its own problem document refuses this token.
     */
    private static void assertLeftToStellasOwnVerifier(HttpResponse<byte[]> response) {
        assertThat(text(response)).doesNotContain(OIDC_REFUSAL);
        if (response.statusCode() == 401) {
            assertThat(assertProblem(response, 401).path("detail").asText()).isNotBlank();
        } else {
            assertThat(response.statusCode()).as(text(response)).isEqualTo(202);
        }
    }

    private static JsonNode payload(String token) {
        return ApiClient.json(new String(Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
