// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code stella scan --attest} and {@code stella verify} under every crypto profile, with the
 * key the first run makes: each profile signs the example's three envelopes and verifies them
 * (the pq hybrid with both signatures on each; eidas with the chain beside each envelope, which
 * verifies only when its certificate is a configured trust anchor). Whether the signatures hold
 * for an independent implementation is the crypto package's tests' concern.
 */
class AttestProfilesTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";

    @TempDir
    Path dir;

    @AfterEach
    void forgetSettings() {
        System.clearProperty("stella.crypto.profile");
        System.clearProperty("stella.attest.keys-dir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "fips", "gost", "sm", "eidas", "pq"})
    void eachProfileSignsAndVerifies(String profile) throws Exception {
        System.setProperty("stella.crypto.profile", profile);
        System.setProperty("stella.attest.keys-dir", dir.resolve("keys").toString());
        Path evidence = dir.resolve("evidence");

        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                evidence.toString(), "--format", "json", "--output",
                dir.resolve("report.json").toString(), JUICE_SHOP);
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        assertThat(scan.err()).contains("created a key pair of profile " + profile);

        String[] verify = {"verify", "--artifact", JUICE_SHOP, evidence.toString()};
        if (profile.equals("eidas")) {
            assertThat(evidence.resolve("vulns.dsse.chain.pem")).isRegularFile();
            Stella.Result untrusted = Stella.run(verify);
            assertThat(untrusted.exit()).as(untrusted.out() + untrusted.err()).isEqualTo(1);
            verify = new String[] {"verify", "--trust-anchors", certificate().toString(),
                "--artifact", JUICE_SHOP, evidence.toString()};
        }
        Stella.Result verified = Stella.run(verify);

        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out().lines()).hasSize(4).allMatch(l -> l.startsWith("verified: "));
        if (profile.equals("pq")) {
            assertThat(Files.readString(evidence.resolve("sbom.dsse.json")))
                    .containsPattern("\"keyid\".*\"keyid\"");
        }
    }

    /** The self-signed certificate the eidas profile made beside its key. */
    private Path certificate() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("keys"))) {
            return files.filter(f -> f.toString().endsWith(".crt.pem")).findFirst()
                    .orElseThrow();
        }
    }
}
