// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stella scan --attest} then {@code stella verify} on the bundled example: what was
 * signed verifies (exit 0); a tampered payload, a truncated signature, another key, another
 * artifact, another profile's verifier each fail verification with the reason (exit 1); an
 * envelope that is not one and a missing file are errors (exit 2).
 */
class VerifyCommandTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path evidence;

    @BeforeEach
    void attestTheExample() {
        System.setProperty("stella.attest.keys-dir", dir.resolve("keys").toString());
        evidence = dir.resolve("evidence");
        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                evidence.toString(), "--format", "json", "--output",
                dir.resolve("report.json").toString(), JUICE_SHOP);
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        assertThat(scan.err()).contains("created a key pair of profile default in");
    }

    @AfterEach
    void forgetSettings() {
        System.clearProperty("stella.attest.keys-dir");
        System.clearProperty("stella.crypto.profile");
    }

    @Test
    void signedEnvelopesVerifyWithTheirArtifact() {
        Stella.Result verify = Stella.run("verify", "--artifact", JUICE_SHOP,
                evidence.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out().lines()).hasSize(4).allMatch(l -> l.startsWith("verified: "))
                .anyMatch(l -> l.contains("https://cyclonedx.org/bom"))
                .anyMatch(l -> l.contains("srm.dsse.json")
                        && l.contains("https://stella-ops.org/attestations/replay-manifest/v1"));
    }

    @Test
    void publicKeyFileAloneVerifies() throws Exception {
        Path key;
        try (Stream<Path> files = Files.list(dir.resolve("keys"))) {
            key = files.filter(f -> f.toString().endsWith(".pub.pem")).findFirst().orElseThrow();
        }
        System.setProperty("stella.attest.keys-dir", dir.resolve("nowhere").toString());
        Stella.Result verify = Stella.run("verify", "--key", key.toString(),
                evidence.resolve("vulns.dsse.json").toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
    }

    @Test
    void tamperedPayloadIsNotVerified() throws Exception {
        Path envelope = evidence.resolve("vulns.dsse.json");
        ObjectNode json = (ObjectNode) JSON.readTree(envelope.toFile());
        String payload = new String(Base64.getDecoder().decode(json.path("payload").asText()),
                StandardCharsets.UTF_8);
        String edited = payload.replaceFirst("\"critical\":\\d+", "\"critical\":0");
        assertThat(edited).isNotEqualTo(payload);
        json.put("payload", Base64.getEncoder().encodeToString(
                edited.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(envelope, json.toString());

        Stella.Result verify = Stella.run("verify", envelope.toString());

        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("not verified: " + envelope)
                .contains("signatures do not hold");
    }

    @Test
    void truncatedSignatureIsNotVerified() throws Exception {
        Path envelope = evidence.resolve("sbom.dsse.json");
        ObjectNode json = (ObjectNode) JSON.readTree(envelope.toFile());
        ObjectNode signature = (ObjectNode) json.path("signatures").get(0);
        byte[] sig = Base64.getDecoder().decode(signature.path("sig").asText());
        signature.put("sig", Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOf(sig, sig.length - 8)));
        Files.writeString(envelope, json.toString());

        Stella.Result verify = Stella.run("verify", envelope.toString());

        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("not verified");
    }

    @Test
    void anotherKeyIsNotTrusted() {
        System.setProperty("stella.attest.keys-dir", dir.resolve("other-keys").toString());
        Stella.Result other = Stella.run("scan", "--db", "examples/db", "--attest",
                dir.resolve("other").toString(), "--format", "json", "--output",
                dir.resolve("other.json").toString(), JUICE_SHOP);
        assertThat(other.exit()).isEqualTo(1);

        Stella.Result verify = Stella.run("verify", evidence.resolve("graph.dsse.json")
                .toString());

        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("not verified");
    }

    @Test
    void anotherArtifactIsNotTheSubject() {
        Stella.Result verify = Stella.run("verify", "--artifact", "examples/policy/"
                + "juice-shop.yaml", evidence.resolve("vulns.dsse.json").toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("no subject has the artifact's digest");
    }

    @Test
    void anotherProfileRefusesTheKey() {
        System.setProperty("stella.crypto.profile", "gost");
        Stella.Result verify = Stella.run("verify", evidence.resolve("vulns.dsse.json")
                .toString());
        assertThat(verify.exit()).isIn(1, 2);
        assertThat(verify.out() + verify.err()).contains("gost");
    }

    @Test
    void malformedEnvelopeAndMissingFileAreErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.dsse.json"), "{\"payload\": 1");
        Stella.Result malformed = Stella.run("verify", broken.toString());
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("error: " + broken);

        Stella.Result missing = Stella.run("verify", dir.resolve("absent.dsse.json")
                .toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
