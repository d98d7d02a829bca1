// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.auth.ClientSecrets;
import org.stellaops.auth.KeyFiles;

/**
 * Access tokens on the packaged server: clients of the configuration get tokens (Basic and
 * form), scan with them and cannot read each other's scans; anonymous scans stay readable by
 * id; scopes guard endpoints; the admin API adds, lists and revokes clients; an offline token
 * issued by the command line works until it is revoked; {@code stella scan --token} works.
 */
@Timeout(value = 180, unit = SECONDS)
class AccessTokenIT {

    private static final String ADMIN_SECRET = "admin-secret-of-the-it-0001";
    private static final String CI_SECRET = "ci-secret-of-the-it-000000001";
    private static final String OTHER_SECRET = "other-secret-of-the-it-00001";
    private static final String READER_SECRET = "reader-secret-of-the-it-0001";

    @TempDir
    static Path dir;
    static ServerProcess server;
    static ApiClient api;
    static Path keysDir;

    @BeforeAll
    static void startServer() {
        keysDir = dir.resolve("auth-keys");
        server = new ServerProcess("access-token", ItPaths.copyOfExampleDb(dir))
                .with("stella.auth.keys-dir", keysDir.toString());
        client("admin", ADMIN_SECRET, "enterprise", "admin");
        client("ci", CI_SECRET, "enterprise", "scan:write,scan:read");
        client("other", OTHER_SECRET, "free", "scan:write,scan:read");
        client("reader", READER_SECRET, "free", "scan:read");
        server.start();
        api = new ApiClient(server);
    }

    private static void client(String id, String secret, String tier, String scopes) {
        String prefix = "stella.auth.clients." + id + ".";
        server.with(prefix + "secret-hash", ClientSecrets.hash(secret, 1000))
                .with(prefix + "tier", tier).with(prefix + "scopes", scopes);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<byte[]> tokenByBasic(String id, String secret) {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return api.post("/connect/token", form("grant_type=client_credentials"),
                "application/x-www-form-urlencoded", "Authorization", "Basic " + basic);
    }

    private static HttpResponse<byte[]> tokenByForm(String id, String secret) {
        return api.post("/api/v1/connect/token", form("grant_type=client_credentials"
                + "&client_id=" + id + "&client_secret=" + secret),
                "application/x-www-form-urlencoded");
    }

    private static String token(String id, String secret) {
        HttpResponse<byte[]> response = tokenByBasic(id, secret);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return ApiClient.json(response.body()).path("access_token").asText();
    }

    private static byte[] form(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String submit(String token) {
        HttpResponse<byte[]> response = token == null
                ? api.post("/scan", ItPathsBytes.juiceShop(), "application/json")
                : api.post("/scan", ItPathsBytes.juiceShop(), "application/json",
                        "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(202);
        return ApiClient.json(response.body()).path("id").asText();
    }

    private static int status(String path, String token) {
        return api.get(path, "Authorization", "Bearer " + token).statusCode();
    }

    @Test
    void configuredClientGetsTokensByBasicAndByForm() {
        HttpResponse<byte[]> basic = tokenByBasic("ci", CI_SECRET);
        HttpResponse<byte[]> post = tokenByForm("ci", CI_SECRET);

        for (HttpResponse<byte[]> response : List.of(basic, post)) {
            JsonNode body = ApiClient.json(response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(body.path("expires_in").asInt()).isEqualTo(900);
            assertThat(body.path("scope").asText()).isEqualTo("scan:read scan:write");
            assertThat(body.path("access_token").asText().split("\\.")).hasSize(3);
        }
    }

    @Test
    void wrongSecretIsInvalidClient() {
        HttpResponse<byte[]> response = tokenByBasic("ci", CI_SECRET + "x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Basic");
        assertThat(ApiClient.json(response.body()).path("error").asText())
                .isEqualTo("invalid_client");
    }

    @Test
    void otherGrantsAndUngrantedScopesAreRefused() {
        HttpResponse<byte[]> grant = api.post("/connect/token", form("grant_type=password"
                + "&client_id=ci&client_secret=" + CI_SECRET),
                "application/x-www-form-urlencoded");
        HttpResponse<byte[]> scope = api.post("/connect/token", form("grant_type="
                + "client_credentials&client_id=ci&client_secret=" + CI_SECRET
                + "&scope=admin"), "application/x-www-form-urlencoded");

        assertThat(ApiClient.json(grant.body()).path("error").asText())
                .isEqualTo("unsupported_grant_type");
        assertThat(ApiClient.json(scope.body()).path("error").asText())
                .isEqualTo("invalid_scope");
    }

    @Test
    void clientReadsOnlyItsOwnScansWhileAnonymousScansStayReadableById() {
        String ci = token("ci", CI_SECRET);
        String other = token("other", OTHER_SECRET);
        String owned = submit(ci);
        String anonymous = submit(null);

        assertThat(status("/scans/" + owned, ci)).isEqualTo(200);
        assertThat(status("/api/v1/scans/" + owned, other)).isEqualTo(404);
        assertThat(api.get("/scans/" + owned).statusCode()).isEqualTo(404);
        assertThat(api.delete("/scans/" + owned, "Authorization", "Bearer " + other)
                .statusCode()).isEqualTo(404);
        assertThat(status("/scans/" + owned + "/events", other)).isEqualTo(404);
        assertThat(status("/scans/" + anonymous, other)).isEqualTo(200);
        assertThat(api.get("/scans/" + anonymous).statusCode()).isEqualTo(200);
    }

    @Test
    void missingScopeIsForbiddenAndABadTokenUnauthorized() {
        String reader = token("reader", READER_SECRET);

        HttpResponse<byte[]> scan = api.post("/scan", ItPathsBytes.juiceShop(),
                "application/json", "Authorization", "Bearer " + reader);
        HttpResponse<String> admin = api.get("/admin/clients", "Authorization",
                "Bearer " + reader);
        HttpResponse<String> forged = api.get("/scans", "Authorization",
                "Bearer " + reader.substring(0, reader.length() - 4) + "AAAA");

        assertProblem(scan, 403);
        assertThat(scan.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("insufficient_scope");
        assertProblem(admin, 403);
        assertProblem(forged, 401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("error=\"invalid_token\"").contains("error_description=");
        assertProblem(api.get("/admin/clients"), 401);
    }

    @Test
    void adminAddsListsAndRevokesAClient() {
        String admin = token("admin", ADMIN_SECRET);
        HttpResponse<byte[]> added = api.post("/api/v1/admin/clients",
                form("{\"id\":\"pipeline-7\",\"tier\":\"free\",\"scopes\":[\"scan:read\"]}"),
                "application/json", "Authorization", "Bearer " + admin);
        assertThat(added.statusCode()).as(new String(added.body())).isEqualTo(201);
        String secret = ApiClient.json(added.body()).path("secret").asText();

        HttpResponse<String> listed = api.get("/api/v1/admin/clients", "Authorization",
                "Bearer " + admin);
        assertThat(listed.body()).contains("\"pipeline-7\"").contains("\"ci\"")
                .doesNotContain(secret).doesNotContain("pbkdf2");
        assertThat(tokenByForm("pipeline-7", secret).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/v1/admin/clients/pipeline-7", "Authorization",
                "Bearer " + admin).statusCode()).isEqualTo(204);
        assertThat(tokenByForm("pipeline-7", secret).statusCode()).isEqualTo(401);
    }

    @Test
    void adminApiRefusesBadClientsAsProblems() {
        String admin = token("admin", ADMIN_SECRET);

        assertProblem(api.post("/admin/clients", form("{\"id\":\"x\",\"scopes\":[\"root\"]}"),
                "application/json", "Authorization", "Bearer " + admin), 400);
        assertProblem(api.post("/admin/clients", form("{\"id\":\"ci\"}"),
                "application/json", "Authorization", "Bearer " + admin), 409);
        assertProblem(api.delete("/admin/clients/ci", "Authorization", "Bearer " + admin), 409);
        assertProblem(api.delete("/admin/clients/nobody", "Authorization", "Bearer " + admin),
                404);
    }

    @Test
    void commandLineAddsListsAndRevokesAClient() {
        StellaCli.Launch asAdmin = new StellaCli.Launch(List.of(), List.of(),
                Map.of("STELLA_JWT", token("admin", ADMIN_SECRET)));
        String url = server.uri("").toString();

        StellaCli.Result added = StellaCli.run(asAdmin, null, "admin", "client", "add",
                "--server", url, "--id", "cli-made", "--scope", "scan:read");
        String out = new String(added.out(), StandardCharsets.UTF_8);
        String secret = out.replaceAll("(?s).*client_secret=(\\S+).*", "$1");
        StellaCli.Result listed = StellaCli.run(asAdmin, null, "admin", "client", "list",
                "--server", url);
        int before = tokenByForm("cli-made", secret).statusCode();
        StellaCli.Result revoked = StellaCli.run(asAdmin, null, "admin", "client", "revoke",
                "cli-made", "--server", url);

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(out).contains("client_id=cli-made");
        assertThat(new String(listed.out(), StandardCharsets.UTF_8)).contains("cli-made")
                .doesNotContain(secret);
        assertThat(before).isEqualTo(200);
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(tokenByForm("cli-made", secret).statusCode()).isEqualTo(401);
    }

    @Test
    void offlineTokenFromTheCommandLineWorksUntilRevoked() throws Exception {
        Path key = KeyFiles.privateFiles(keysDir).get(0);
        StellaCli.Result issued = StellaCli.run(null, "admin", "token", "issue", "--tier",
                "free", "--key", key.toString(), "--days", "30", "--subject", "it");
        assertThat(issued.exit()).as(issued.err()).isZero();
        String offline = new String(issued.out(), StandardCharsets.UTF_8).strip();
        String jti = issued.err().replaceAll("(?s).*token id \\(jti\\): ([0-9a-f]+).*", "$1");

        String scan = submit(offline);
        assertThat(status("/scans/" + scan, offline)).isEqualTo(200);

        StellaCli.Result revoked = StellaCli.run(new StellaCli.Launch(List.of(), List.of(),
                Map.of("STELLA_JWT", token("admin", ADMIN_SECRET))), null, "admin", "token",
                "revoke", jti, "--server", server.uri("").toString());
        assertThat(revoked.exit()).as(revoked.err()).isZero();

        HttpResponse<String> refused = api.get("/scans/" + scan, "Authorization",
                "Bearer " + offline);
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("revoked");
    }

    @Test
    void commandLineScansWithAToken() throws Exception {
        StellaCli.Result result = StellaCli.run(null, "scan", "--server",
                server.uri("").toString(), "--token", token("ci", CI_SECRET), "--format",
                "json", ItPaths.juiceShop().toString());
        StellaCli.Result forged = StellaCli.run(null, "scan", "--server",
                server.uri("").toString(), "--token", "a.b.c", ItPaths.juiceShop().toString());

        assertThat(result.exit()).as(result.err()).isIn(0, 1);
        assertThat(ApiClient.json(result.out()).path("findings").isArray()).isTrue();
        assertThat(forged.exit()).isEqualTo(2);
        assertThat(forged.err()).contains("401");
    }

    /** The example SBOM's bytes. */
    private static final class ItPathsBytes {
        static byte[] juiceShop() {
            try {
                return Files.readAllBytes(ItPaths.juiceShop());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
