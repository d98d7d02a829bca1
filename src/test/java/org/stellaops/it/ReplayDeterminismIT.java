// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.testing.DebianTools;

/**
 * The same scan run twice as two processes of the packaged command line, on different days
 * (libfaketime moves the whole process's wall clock), with different processor counts and with
 * the VEX documents given in the opposite order, leaves byte-identical evidence folders: the
 * replay manifest, the inputs, every output and every signed envelope (the algorithms of these
 * keys are deterministic: ECDSA with RFC 6979 nonces, Ed25519). A third process on a
 * third day replays the first folder and finds every output identical.
 */
class ReplayDeterminismIT {

    /**
     * A second issuer's statement, so that the order of two documents could matter. It is dated
     * between the two runs' days: the first run warns that it lies in the future, the second
     * does not, which shows that each process really saw its own day.
     */
    private static final String SECURITY_TEAM_VEX = """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/juice-shop-security-team-1",
              "author": "Example Security Team",
              "timestamp": "2028-06-01T00:00:00Z",
              "version": 1,
              "statements": [
                {"vulnerability": {"name": "CVE-2019-10744"},
                 "products": [{"@id": "pkg:npm/lodash"}],
                 "status": "affected",
                 "action_statement": "upgrade lodash to 4.17.12 or later"}
              ]
            }
            """;

    private static Path faketime;

    @BeforeAll
    static void requireFaketime() {
        faketime = DebianTools.require("faketime", "faketime");
    }

    /** The default profile's key (ECDSA P-256, RFC 6979 nonces), made by the first run. */
    @Test
    void twoProcessesOnDifferentDaysLeaveIdenticalEvidence() throws Exception {
        Path work = Files.createTempDirectory(ItPaths.work(), "replay-");
        runTwiceAndReplay(work, Map.of("STELLA_ATTEST_KEYS_DIR", work.resolve("keys").toString()));
    }

    /** An Ed25519 key made by openssl and configured as the signing key. */
    @Test
    void ed25519SignaturesAreIdenticalToo() throws Exception {
        Path work = Files.createTempDirectory(ItPaths.work(), "replay-ed25519-");
        Path key = work.resolve("ed25519.pem");
        DebianTools.exec(List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out",
                key.toString()), work);
        runTwiceAndReplay(work, Map.of("STELLA_ATTEST_KEY", key.toString()));
    }

    private static void runTwiceAndReplay(Path work, Map<String, String> keys)
            throws Exception {
        Path second = Files.writeString(work.resolve("security-team.openvex.json"),
                SECURITY_TEAM_VEX);
        Path first = ItPaths.project().resolve("examples/vex/juice-shop.openvex.json");
        Path policy = ItPaths.project().resolve("examples/policy/juice-shop.yaml");

        StellaCli.Result a = scan(launch("2027-01-15 09:00:00", 1, keys), work.resolve("a"),
                first, second, policy);
        StellaCli.Result b = scan(launch("2029-07-01 22:30:00", 2, keys), work.resolve("b"),
                second, first, policy);

        assertThat(a.exit()).as(a.err()).isEqualTo(1);
        assertThat(b.exit()).as(b.err()).isEqualTo(1);
        assertThat(a.err()).contains("security-team.openvex.json")
                .contains("after the time it was loaded (2027-01-15");
        assertThat(b.err()).doesNotContain("after the time it was loaded");
        Map<String, byte[]> filesA = filesOf(work.resolve("a"));
        Map<String, byte[]> filesB = filesOf(work.resolve("b"));
        assertThat(filesA.keySet()).contains("srm.yaml", "outputs/report.json",
                "outputs/report.cdx.json", "outputs/report.sarif.json", "sbom.dsse.json",
                "vulns.dsse.json", "graph.dsse.json", "outputs/vulns.intoto.json");
        assertThat(filesB.keySet()).isEqualTo(filesA.keySet());
        filesA.forEach((name, bytes) -> assertThat(filesB.get(name))
                .as("%s of the second run", name).isEqualTo(bytes));
        assertThat(a.out()).isEqualTo(b.out());

        StellaCli.Result replay = StellaCli.run(launch("2031-11-30 03:00:00", 1, keys), null,
                "replay", "--db", ItPaths.exampleDb().toString(),
                work.resolve("a/srm.yaml").toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(new String(replay.out(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("outputs identical");
    }

    private static StellaCli.Launch launch(String day, int processors,
            Map<String, String> environment) {
        return new StellaCli.Launch(List.of(faketime.toString(), day),
                List.of("-XX:ActiveProcessorCount=" + processors), environment);
    }

    private static StellaCli.Result scan(StellaCli.Launch launch, Path evidence, Path vexOne,
            Path vexTwo, Path policy) {
        // the same relative paths in both runs: the manifest records inputs as they were named
        return StellaCli.run(launch, null, "scan", "--db", ItPaths.exampleDb().toString(),
                "--attest", evidence.toString(), "--vex", vexOne.toString(), "--vex",
                vexTwo.toString(), "--policy-file", policy.toString(), "--format", "json",
                ItPaths.juiceShop().toString());
    }

    /** Every file under {@code dir} by its relative path, sorted. */
    private static Map<String, byte[]> filesOf(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
