// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stella scan --server} of SBOMs and folders against a fake server. */
class RemoteScanTest {

    private static final String TINY = "src/test/resources/images/tiny.docker.tar";

    @TempDir
    Path dir;

    private FakeScanServer server;
    private String home;
    private Path sbom;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeScanServer.start();
        // the client key file goes to ~/.stella: keep it in this test's folder
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0");
    }

    @AfterEach
    void stopServer() {
        server.close();
        System.setProperty("user.home", home);
    }

    @Test
    void sbomIsSentAsItIsAndTheJsonReportPrinted() throws IOException {
        Stella.Result result = scan("--format", "json", sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(result.out()).isEqualTo(server.report);
        assertThat(server.requests()).hasSize(1);
        FakeScanServer.Request post = server.requests().get(0);
        assertThat(post.method() + " " + post.uri()).isEqualTo("POST /scan?wait=true");
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.body()).isEqualTo(Files.readAllBytes(sbom));
        assertThat(post.header("X-Stella-Client-Key")).isEqualTo(keyFileContent());
    }

    @Test
    void standardInputIsSentWithTheSniffedType() throws IOException {
        byte[] document = Files.readAllBytes(sbom);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(document));
        Stella.Result result;
        try {
            result = scan("-");
        } finally {
            System.setIn(stdin);
        }

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        FakeScanServer.Request post = server.requests("POST", "/scan").get(0);
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.body()).isEqualTo(document);
    }

    @Test
    void thresholdGatesOnTheLevelsOfTheServersReport() {
        server.report = FakeScanServer.report("low", "high");
        assertThat(scan("--threshold", "high", sbom.toString()).exit()).isEqualTo(1);
        assertThat(scan("--threshold", "critical", sbom.toString()).exit()).isEqualTo(0);

        server.report = FakeScanServer.report("unknown");
        assertThat(scan("--threshold", "low", sbom.toString()).exit()).isEqualTo(0);
        assertThat(scan("--fail-on-unknown", sbom.toString()).exit()).isEqualTo(1);
    }

    @Test
    void otherFormatsAreFetchedFromTheScanAndTheJsonKeptBeside() throws IOException {
        Path json = dir.resolve("report.json");
        Path sarif = dir.resolve("report.sarif");

        Stella.Result table = scan("--output-json", json.toString(), sbom.toString());
        Stella.Result file = scan("--format", "sarif", "--output", sarif.toString(),
                sbom.toString());

        assertThat(table.exit()).as(table.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(table.out()).isEqualTo("rendered as table\n");
        assertThat(json).hasContent(server.report);
        assertThat(file.out()).isEmpty();
        assertThat(sarif).hasContent("rendered as sarif\n");
        assertThat(server.requests("GET", "/scans/s1?format=")).extracting(r -> r.uri())
                .containsExactly("/scans/s1?format=table", "/scans/s1?format=sarif");
    }

    @Test
    void xmlAndTagValueSbomsAreSentWithTheirMediaTypes() throws IOException {
        Path xml = Files.writeString(dir.resolve("bom.xml"), """

                  <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"/>
                """);
        Path tagValue = Files.writeString(dir.resolve("bom.spdx"), """
                SPDXVersion: SPDX-2.3
                DataLicense: CC0-1.0
                """);

        scan(xml.toString());
        scan(tagValue.toString());

        assertThat(server.requests("POST", "/scan")).extracting(r -> r.header("Content-Type"))
                .containsExactly("application/vnd.cyclonedx+xml", "text/spdx");
    }

    @Test
    void imageWithoutDeltaIsSentAsTheSbomStellaSbomWrites() throws IOException {
        Stella.Result local = Stella.run("sbom", "--no-cache", TINY);

        Stella.Result result = scan("--no-cache", TINY);

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        FakeScanServer.Request post = server.requests("POST", "/scan").get(0);
        assertThat(post.header("Content-Type")).isEqualTo("application/vnd.cyclonedx+json");
        assertThat(post.text()).isEqualTo(local.out());
        JsonNode document = new ObjectMapper().readTree(post.body());
        assertThat(document.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(document.path("components").findValuesAsText("purl"))
                .contains("pkg:npm/express@4.17.1", "pkg:npm/accepts@1.3.8")
                .doesNotContain("pkg:npm/lodash@4.17.20");
    }

    @Test
    void slowScanIsPolledUntilItCompletes() {
        server.runningPolls = 2;
        server.report = FakeScanServer.report("critical");

        Stella.Result result = scan("--format", "json", sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(result.out()).isEqualTo(server.report);
        // two answers "running", then "completed", then the report
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.uri())
                .containsExactly("POST /scan?wait=true", "GET /scans/s1", "GET /scans/s1",
                        "GET /scans/s1", "GET /scans/s1?format=json");
    }

    @Test
    void failedScanExitsTwoWithItsReason() {
        server.runningPolls = 0;
        server.finalState = "failed";

        Stella.Result result = scan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("stella: server: scan s1 failed: worker lost");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void problemDetailsExitTwoWithTheirDetail() {
        server.scanAnswer = new FakeScanServer.Answer(422, "application/problem+json", """
                {"type": "about:blank", "title": "Unreadable SBOM", "status": 422,
                 "detail": "no SBOM format matches"}""", null);

        Stella.Result result = scan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err())
                .isEqualTo("stella: server: 422 Unreadable SBOM: no SBOM format matches\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        server.scanAnswer = new FakeScanServer.Answer(429, "application/problem+json", """
                {"title": "Too Many Requests", "status": 429, "detail": "quota used"}""", "30");

        Stella.Result result = scan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("stella: server: 429 Too Many Requests: quota used "
                + "(the server asks to retry after 30 seconds)");
    }

    @Test
    void fullQueueIsWaitedForAsTheServerAsks() {
        server.scanAnswer = new FakeScanServer.Answer(429, "application/problem+json",
                "{\"title\": \"Too Many Requests\", \"status\": 429, \"detail\": \"queue full\"}",
                "1");
        server.scanAnswerTimes.set(2);

        Stella.Result result = scan("--threshold", "critical", sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(server.requests("POST", "/scan")).hasSize(3);
    }

    @Test
    void answerWithoutProblemDetailsNamesItsStatus() {
        server.scanAnswer = new FakeScanServer.Answer(502, "text/html",
                "<html>upstream gone</html>\n<p>nginx</p>", null);

        Stella.Result result = scan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("stella: server: 502 Bad Gateway: <html>upstream gone");
    }

    @Test
    void refusedConnectionNamesTheServer() {
        String url = server.url();
        server.close();

        Stella.Result result = Stella.run("scan", "--server", url, sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).startsWith("stella: cannot connect to the server at " + url)
                .hasLineCount(1);
    }

    @Test
    void clientKeyFileIsMadeOnceAndSentEveryTime() throws IOException {
        scan(sbom.toString());
        String key = keyFileContent();
        scan(sbom.toString());

        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(keyFileContent()).isEqualTo(key);
        // each scan: POST /scan, then GET of the table report
        assertThat(server.requests()).hasSize(4)
                .extracting(r -> r.header("X-Stella-Client-Key")).containsOnly(key);
    }

    @Test
    void tokenIsSentAsBearerWithEveryRequest() {
        scan("--token", "header.claims.signature", sbom.toString());

        assertThat(server.requests()).hasSize(2)
                .extracting(r -> r.header("Authorization"))
                .containsOnly("Bearer header.claims.signature");
    }

    @Test
    void withoutATokenNoAuthorizationIsSent() {
        scan(sbom.toString());

        assertThat(server.requests()).isNotEmpty()
                .extracting(r -> r.header("Authorization")).containsOnlyNulls();
    }

    @Test
    void localOnlyOptionsAreRefusedWithAServer() {
        Stella.Result result = scan("--as-of", "2024-01-01T00:00:00Z", sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--as-of applies to local scans only");
        assertThat(server.requests()).isEmpty();
    }

    private Stella.Result scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", "--server", server.url()));
        all.addAll(List.of(args));
        return Stella.run(all.toArray(String[]::new));
    }

    private String keyFileContent() throws IOException {
        return Files.readString(dir.resolve(".stella/client-key")).strip();
    }
}
