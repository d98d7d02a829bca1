// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.sbom.OfficialSchemas;

/**
 * {@code stella sbom} and {@code stella scan} on images and folders, end to end, with the real
 * two-layer image of src/test/resources/images (see its README) and the bundled snapshot.
 */
class ImageTargetsTest {

    private static final String DOCKER = "src/test/resources/images/tiny.docker.tar";
    private static final String OCI = "src/test/resources/images/tiny.oci.tar";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sbomOfAnImageIsValidCycloneDxWithImageFactsAndSameBytesEveryTime() throws Exception {
        Stella.Result first = Stella.run("sbom", "--no-cache", DOCKER);
        Stella.Result again = Stella.run("sbom", "--cache-dir", dir.toString(), DOCKER);
        Stella.Result cached = Stella.run("sbom", "--cache-dir", dir.toString(), DOCKER);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(OfficialSchemas.validateCycloneDx(first.out())).isEmpty();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(cached.out()).isEqualTo(first.out());
        JsonNode bom = JSON.readTree(first.out());
        assertThat(bom.at("/metadata/component/type").asText()).isEqualTo("container");
        assertThat(bom.at("/metadata/timestamp").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(bom.at("/metadata/properties").toString())
                .contains("stella:image:configDigest").contains("stella:image:repoTag:000")
                .contains("stella-fixtures/tiny:1");
        assertThat(first.out()).contains("\"stella:layer\"").contains("\"stella:path\"");
    }

    @Test
    void scanOfAnImageMatchesItsPackagesAndNamesTheImage() throws Exception {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--no-cache",
                "--format", "json", "--threshold", "low", OCI);

        // express 4.17.1 is affected by GHSA advisories of the bundled snapshot
        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.at("/target/kind").asText()).isEqualTo("image");
        assertThat(report.at("/target/format").asText()).isEqualTo("oci");
        assertThat(report.at("/findings").findValuesAsText("purl")).isNotEmpty()
                .allMatch(p -> p.startsWith("pkg:npm/express@4.17.1"));
        assertThat(report.at("/unmatched").toString())
                .contains("installed by OS package pkg:deb/debian/python3-requests");
        try (InputStream in = Files.newInputStream(
                Path.of("docs/schemas/stella-report-1.schema.json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
            assertThat(schema.validate(report)).isEmpty();
        }
    }

    @Test
    void sbomOfAnImageScansAsTheImageItself() throws Exception {
        Path sbom = dir.resolve("tiny.cdx.json");
        Stella.Result written = Stella.run("sbom", "--no-cache", "--output", sbom.toString(),
                DOCKER);
        assertThat(written.exit()).as(written.err()).isZero();

        JsonNode ofImage = JSON.readTree(Stella.run("scan", "--db", "examples/db", "--no-cache",
                "--format", "json", DOCKER).out());
        JsonNode ofSbom = JSON.readTree(Stella.run("scan", "--db", "examples/db", "--format",
                "json", sbom.toString()).out());

        // the OS-owned Python packages stay matched through their owners, sources stay known;
        // the SBOM adds only its operating-system component, which is never matched itself
        List<JsonNode> sbomUnmatched = new ArrayList<>();
        ofSbom.at("/unmatched").forEach(sbomUnmatched::add);
        assertThat(sbomUnmatched.remove(0).at("/ref").asText()).isEqualTo("os:debian@12");
        List<JsonNode> imageUnmatched = new ArrayList<>();
        ofImage.at("/unmatched").forEach(imageUnmatched::add);
        assertThat(sbomUnmatched).isNotEmpty().isEqualTo(imageUnmatched);
        assertThat(ofSbom.at("/findings")).isEqualTo(ofImage.at("/findings"));
        assertThat(ofSbom.at("/coverage")).isEqualTo(ofImage.at("/coverage"));
        // converting it again keeps where each component was found
        Stella.Result converted = Stella.run("convert", "--format", "cyclonedx", sbom.toString());
        assertThat(converted.out()).contains("\"stella:layer\"").contains("\"stella:ownedBy\"");
    }

    @Test
    void folderIsReadAsASourceTreeWithItsLockfiles() throws Exception {
        Path tree = dir.resolve("app");
        Files.createDirectories(tree);
        Files.copy(Path.of(System.getProperty("stella.corpus"),
                "pkgdb/cargo-lock/trivy/cargo_v3.lock"), tree.resolve("Cargo.lock"));

        Stella.Result result = Stella.run("sbom", tree.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode bom = JSON.readTree(result.out());
        assertThat(bom.at("/components").findValuesAsText("purl"))
                .isNotEmpty().allMatch(p -> p.startsWith("pkg:cargo/"));
    }

    @Test
    void missingFileIsAnErrorNotARegistryLookup() {
        Stella.Result result = Stella.run("sbom", dir.resolve("absent.tar").toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("absent.tar: no such file or directory");
    }

    @Test
    void unknownInputTypeIsAUsageError() {
        Stella.Result result = Stella.run("sbom", "--input-type", "floppy", DOCKER);

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--input-type").contains("floppy");
    }
}
