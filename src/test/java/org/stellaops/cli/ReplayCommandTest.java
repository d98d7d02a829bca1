// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stella replay} on the bundled Juice Shop example scanned with VEX and a policy: an
 * untouched evidence folder replays identically (exit 0); an output the manifest records
 * differently is named and located (exit 1); a missing or altered input and a snapshot that is
 * not here are errors (exit 2). An image archive is kept with the evidence and replayed from
 * it; a folder is read again where it is, and must not have changed.
 */
class ReplayCommandTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";
    private static final String VEX = "examples/vex/juice-shop.openvex.json";
    private static final String POLICY = "examples/policy/juice-shop.yaml";
    private static final String TINY_IMAGE = "src/test/resources/images/tiny.docker.tar";

    @TempDir
    Path dir;

    /** The key the first --attest makes goes here, not into the user's home. */
    @org.junit.jupiter.api.BeforeEach
    void keysInTheTempDir() {
        System.setProperty("stella.attest.keys-dir", dir.resolve("keys").toString());
    }

    @org.junit.jupiter.api.AfterEach
    void forgetKeys() {
        System.clearProperty("stella.attest.keys-dir");
    }

    private Path attest() {
        Path evidence = dir.resolve("evidence");
        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                evidence.toString(), "--vex", VEX, "--policy-file", POLICY, "--format", "json",
                "--output", dir.resolve("report.json").toString(), JUICE_SHOP);
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        return evidence;
    }

    @Test
    void untouchedEvidenceReplaysIdentically() {
        Path evidence = attest();
        Stella.Result replay = Stella.run("replay", "--db", "examples/db",
                evidence.resolve("srm.yaml").toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("outputs identical").contains("reference time");
    }

    @Test
    void recordedDigestThatDiffersIsNamedAndLocated() throws Exception {
        Path evidence = attest();
        Path report = evidence.resolve("outputs/report.json");
        // the recorded report says one finding was open where the replay says otherwise
        String recorded = Files.readString(report);
        String edited = recorded.replaceFirst("\"state\" *: *\"(\\w+)\"", "\"state\":\"edited\"");
        assertThat(edited).isNotEqualTo(recorded);
        Files.writeString(report, edited);
        Path srm = evidence.resolve("srm.yaml");
        String digest = org.stellaops.replay.InputStore.digestOf(
                edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(srm, Files.readString(srm).replaceFirst(
                "report\\.json: sha256:[0-9a-f]{64}", "report.json: " + digest));

        Stella.Result replay = Stella.run("replay", "--db", "examples/db", srm.toString());

        assertThat(replay.exit()).as(replay.err()).isEqualTo(1);
        assertThat(replay.out()).contains("report.json").contains("/state")
                .contains("\"edited\"");
    }

    @Test
    void envelopeOfAnotherScanBesideTheManifestIsADifference() throws Exception {
        Path evidence = attest();
        Path other = dir.resolve("other");
        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                other.toString(), "--format", "json", "--output",
                dir.resolve("other.json").toString(), JUICE_SHOP);
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        Files.copy(other.resolve("vulns.dsse.json"), evidence.resolve("vulns.dsse.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Stella.Result replay = Stella.run("replay", "--db", "examples/db",
                evidence.resolve("srm.yaml").toString());

        assertThat(replay.exit()).as(replay.err()).isEqualTo(1);
        assertThat(replay.out()).contains("vulns.dsse.json: recorded sha256:")
                .contains("the envelope's statement is not the one the manifest records");
    }

    @Test
    void manifestEditedAfterSigningIsADifference() throws Exception {
        Path evidence = attest();
        Path srm = evidence.resolve("srm.yaml");
        // a setting that changes no output: only the signed manifest can tell
        String edited = Files.readString(srm).replace("threshold: critical", "threshold: low");
        assertThat(edited).isNotEqualTo(Files.readString(srm));
        Files.writeString(srm, edited);

        Stella.Result replay = Stella.run("replay", "--db", "examples/db", srm.toString());

        assertThat(replay.exit()).as(replay.err()).isEqualTo(1);
        assertThat(replay.out()).contains("srm.dsse.json")
                .contains("the signed manifest is not this srm.yaml");
    }

    @Test
    void missingInputIsAnError() throws Exception {
        Path evidence = attest();
        try (Stream<Path> inputs = Files.list(evidence.resolve("inputs"))) {
            inputs.forEach(input -> input.toFile().delete());
        }
        Stella.Result replay = Stella.run("replay", "--db", "examples/db",
                evidence.resolve("srm.yaml").toString());
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(replay.err()).contains("is not in");
    }

    @Test
    void alteredInputIsAnError() throws Exception {
        Path evidence = attest();
        Path policyCopy = evidence.resolve("inputs").resolve(
                org.stellaops.replay.InputStore.digestOf(Path.of(POLICY)).substring(7));
        Files.writeString(policyCopy, Files.readString(policyCopy) + "\n# edited\n");
        Stella.Result replay = Stella.run("replay", "--db", "examples/db",
                evidence.resolve("srm.yaml").toString());
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(replay.err()).contains("was altered");
    }

    @Test
    void snapshotNotHereIsAnError() throws Exception {
        Path evidence = attest();
        Path empty = Files.createDirectories(dir.resolve("empty-db"));
        Stella.Result replay = Stella.run("replay", "--db", empty.toString(),
                evidence.resolve("srm.yaml").toString());
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(replay.err()).contains("the recorded snapshot sha256:")
                .contains("is not available here");
    }

    @Test
    void imageArchiveIsKeptAndReplayed() throws Exception {
        Path evidence = dir.resolve("image-evidence");
        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                evidence.toString(), "--no-cache", "--format", "json", "--output",
                dir.resolve("image.json").toString(), TINY_IMAGE);
        assertThat(scan.exit()).as(scan.err()).isZero();
        String srm = Files.readString(evidence.resolve("srm.yaml"));
        assertThat(srm).contains("role: image").contains("origin: " + TINY_IMAGE);

        Stella.Result replay = Stella.run("replay", "--db", "examples/db",
                evidence.resolve("srm.yaml").toString());

        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("outputs identical");
    }

    @Test
    void folderIsReadAgainAndMustBeUnchanged() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("package-lock.json"), lockfile("4.17.4"));
        Path evidence = dir.resolve("folder-evidence");
        Stella.Result scan = Stella.run("scan", "--db", "examples/db", "--attest",
                evidence.toString(), "--format", "json", "--output",
                dir.resolve("folder.json").toString(), project.toString());
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        String srmFile = evidence.resolve("srm.yaml").toString();

        assertThat(Stella.run("replay", "--db", "examples/db", srmFile).exit()).isZero();

        // moved: found with --target; changed: not what was scanned
        Path moved = Files.move(project, dir.resolve("moved"));
        assertThat(Stella.run("replay", "--db", "examples/db", "--target", moved.toString(),
                srmFile).exit()).isZero();
        Files.writeString(moved.resolve("package-lock.json"), lockfile("4.17.21"));
        Stella.Result changed = Stella.run("replay", "--db", "examples/db", "--target",
                moved.toString(), srmFile);
        assertThat(changed.exit()).isEqualTo(2);
        assertThat(changed.err()).contains("is not what was scanned");
    }

    private static String lockfile(String lodash) {
        return """
                {"name": "demo", "version": "1.0.0", "lockfileVersion": 3,
                 "packages": {"": {"name": "demo", "version": "1.0.0"},
                              "node_modules/lodash": {"version": "%s"}}}
                """.formatted(lodash);
    }
}
