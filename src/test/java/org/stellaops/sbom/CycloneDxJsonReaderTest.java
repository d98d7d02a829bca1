// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CycloneDX JSON 1.2 to 1.7 from the corpus, and hostile or broken documents. Expected counts
 * and values were read from the files with python3's json module, not with this reader.
 */
class CycloneDxJsonReaderTest {

    static final Path CYCLONEDX = Path.of(System.getProperty("stella.corpus"), "sbom",
            "cyclonedx");

    @Test
    void bundledJuiceShopListsIts840DistinctPurls() throws Exception {
        Sbom sbom = read(Path.of("examples/sbom/juice-shop-11.1.2.cdx.json"));

        assertThat(sbom.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("1.2");
        assertThat(sbom.subjectName()).isEqualTo("juice-shop");
        assertThat(sbom.subjectVersion()).isEqualTo("11.1.2");
        assertThat(sbom.created()).isEqualTo("2020-08-03T03:20:53.771Z");
        assertThat(sbom.components()).hasSize(840);
        assertThat(sbom.components().stream().map(SbomComponent::purl).distinct()).hasSize(840);
        assertThat(sbom.dependencies()).isEmpty();
        assertThat(sbom.warnings()).isEmpty();
        SbomComponent lodash = component(sbom, "pkg:npm/lodash@2.4.2");
        assertThat(lodash.name()).isEqualTo("lodash");
        assertThat(lodash.version()).isEqualTo("2.4.2");
        assertThat(lodash.type()).isEqualTo("library");
        assertThat(lodash.purl()).isEqualTo("pkg:npm/lodash@2.4.2");
        assertThat(lodash.licenses()).containsExactly("MIT");
        assertThat(lodash.hashes())
                .containsExactly(entry("SHA-1", "fadd834b9683073da179b3eae6d9c0d15053f73e"));
        assertThat(lodash.parentRef()).isNull();
    }

    @Test
    void dropwizardKeepsHashesLicencesAndTheDependencyGraph() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve("bom-examples/SBOM/dropwizard-1.3.15/bom.json"));

        assertThat(sbom.components()).hasSize(167);
        assertThat(sbom.dependencies()).hasSize(167);
        assertThat(sbom.dependencies().values().stream().mapToInt(List::size).sum())
                .isEqualTo(170);
        String guava = "pkg:maven/com.google.guava/guava@24.1.1-jre?type=jar";
        assertThat(sbom.dependencies().get(guava)).containsExactly(
                        "pkg:maven/org.checkerframework/checker-compat-qual@2.0.0?type=jar",
                        "pkg:maven/com.google.errorprone/error_prone_annotations@2.1.3?type=jar",
                        "pkg:maven/com.google.j2objc/j2objc-annotations@1.1?type=jar",
                        "pkg:maven/org.codehaus.mojo/animal-sniffer-annotations@1.14?type=jar");
        SbomComponent annotations = component(sbom,
                "pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.9.10?type=jar");
        // name stays the CycloneDX name; the group is carried by the purl
        assertThat(annotations.name()).isEqualTo("jackson-annotations");
        assertThat(annotations.licenses()).containsExactly("Apache-2.0");
        assertThat(annotations.hashes()).containsKeys("MD5", "SHA-1", "SHA-256", "SHA-384",
                "SHA-512").containsEntry("SHA-256",
                "c876f2e85d0f108a34cdd11ccc9d8d7875697367efc75bf10a89c2c26aee994c");
    }

    @Test
    void dependencyTrackBomsKeepTheSubjectsPartsAndTheGraph() throws Exception {
        Sbom parts = read(CYCLONEDX.resolve("dependency-track/bom-metadata-components.json"));
        Sbom server = read(CYCLONEDX.resolve("dependency-track/dtrack-apiserver-4.5.0.bom.json"));

        // 34 components nested in metadata.component come first, then the 151 listed ones
        assertThat(parts.subjectName()).isEqualTo("Test");
        assertThat(parts.components()).hasSize(185);
        SbomComponent app = parts.components().get(0);
        assertThat(app.ref()).isEqualTo("pkg:maven/Test/app@latest?type=jar");
        assertThat(app.type()).isEqualTo("application");
        assertThat(app.parentRef()).isNull();
        assertThat(parts.dependencies()).hasSize(218);
        assertThat(server.subjectName()).isEqualTo("dependency-track");
        assertThat(server.subjectVersion()).isEqualTo("4.5.0");
        assertThat(server.created()).isEqualTo("2022-05-18T05:59:36Z");
        assertThat(server.components()).hasSize(132);
        assertThat(server.dependencies()).hasSize(128);
        assertThat(server.dependencies().get("pkg:maven/us.springett/alpine-common@2.0.0?type=jar"))
                .containsExactly("pkg:maven/org.slf4j/slf4j-api@1.7.36?type=jar",
                        "pkg:maven/org.apache.commons/commons-lang3@3.12.0?type=jar",
                        "pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.13.2?type=jar");
    }

    @Test
    void trivyOperatingSystemSetsTheOsAndStaysAComponent() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve("trivy-input/centos-7-cyclonedx.json"));

        assertThat(sbom.specVersion()).isEqualTo("1.5");
        assertThat(sbom.os()).isEqualTo(new OsInfo("centos", "7.6.1810"));
        assertThat(sbom.subjectName())
                .isEqualTo("integration/testdata/fixtures/images/centos-7.tar.gz");
        assertThat(sbom.components()).extracting(SbomComponent::type)
                .containsExactly("library", "library", "operating-system");
        SbomComponent bash = sbom.components().get(0);
        assertThat(bash.sourceName()).isEqualTo("bash");
        assertThat(bash.sourceVersion()).isEqualTo("4.2.46-31.el7");
        assertThat(bash.licenses()).containsExactly("GPLv3+");
        assertThat(bash.location())
                .isEqualTo("sha256:ac9208207adaac3a48e54a4dc6b49c69e78c3072d2b3add7efdabf814db2133b");
        SbomComponent openssl = sbom.components().get(1);
        assertThat(openssl.sourceName()).isEqualTo("openssl");
        assertThat(openssl.sourceVersion()).isEqualTo("1:1.0.2k-16.el7");
        assertThat(sbom.dependencies().get("0175f732-df9d-4bb8-9f56-870898e3ff89"))
                .containsExactly(bash.ref(), openssl.ref());
    }

    @Test
    void cycloneDx17IsReadForWhat16KnowsAndMatchesThe16Output() throws Exception {
        Sbom v17 = read(CYCLONEDX.resolve(
                "trivy-fluentd/spec-1.7/fluentd-multiple-lockfiles.cdx.json.golden"));
        Sbom v16 = read(CYCLONEDX.resolve(
                "trivy-fluentd/spec-1.6/fluentd-multiple-lockfiles.cdx.json.golden"));

        assertThat(v17.specVersion()).isEqualTo("1.7");
        assertThat(v17.warnings()).isEmpty();
        assertThat(v17.components()).hasSize(161).isEqualTo(v16.components());
        assertThat(v17.dependencies()).hasSize(162).isEqualTo(v16.dependencies());
        assertThat(v17.os()).isEqualTo(new OsInfo("debian", "10.2"));
        assertThat(v17.components().get(0).type()).isEqualTo("operating-system");
        assertThat(component(v17, "pkg:gem/activesupport@6.0.2.1").location())
                .isEqualTo("var/lib/gems/2.5.0/specifications/activesupport-6.0.2.1.gemspec");
        SbomComponent bsdutils = v17.components().stream()
                .filter(c -> "bsdutils".equals(c.name())).findFirst().orElseThrow();
        assertThat(bsdutils.sourceName()).isEqualTo("util-linux");
        assertThat(bsdutils.sourceVersion()).isEqualTo("2.33.1-0.1");
    }

    @Test
    void nestedComponentsAreFlattenedWithTheirParentRef() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve("bom-shelter/harp-darwin-amd64.sbom.json"));

        // 109 nested in metadata.component, 156 top-level with 549 nested below them
        assertThat(sbom.components()).hasSize(814);
        assertThat(sbom.subjectName()).isEqualTo("github.com/elastic/harp");
        assertThat(sbom.components().subList(0, 109)).allSatisfy(c ->
                assertThat(c.parentRef()).isNull());
        assertThat(sbom.components().get(0).ref()).isEqualTo("component-1");
        SbomComponent module = sbom.components().get(109);
        assertThat(module.ref()).isEqualTo("pkg:golang/filippo.io/age@v1.0.0?type=module");
        SbomComponent nested = sbom.components().get(110);
        assertThat(nested.purl()).isEqualTo("pkg:golang/filippo.io/age@v1.0.0?type=package");
        assertThat(nested.parentRef()).isEqualTo(module.ref());
        assertThat(nested.ref()).isEqualTo("component-111");
        assertThat(new HashSet<>(sbom.components().stream().map(SbomComponent::ref).toList()))
                .hasSize(814);
        assertThat(sbom.warnings()).isEmpty();
    }

    @Test
    void specTestVectorsGiveHashesLicencesAndDependencies() throws Exception {
        Path vectors = CYCLONEDX.resolve("spec-testvectors/1.6");

        SbomComponent hashed = read(vectors.resolve("valid-component-hashes-1.6.json"))
                .components().get(0);
        SbomComponent expression = read(vectors.resolve("valid-license-expression-1.6.json"))
                .components().get(0);
        SbomComponent id = read(vectors.resolve("valid-license-id-1.6.json")).components().get(0);
        Sbom dependencies = read(vectors.resolve("valid-dependency-1.6.json"));

        assertThat(hashed.hashes()).containsOnlyKeys("MD5", "SHA-1", "SHA-256", "SHA-384",
                "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2B-256", "BLAKE2B-384",
                "BLAKE2B-512", "BLAKE3").containsEntry("MD5", "641b6e166f8b33c5e959e2adcc18b1c7");
        assertThat(expression.licenses())
                .containsExactly("EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0");
        assertThat(id.licenses()).containsExactly("Apache-2.0");
        assertThat(dependencies.dependencies()).containsOnlyKeys("library-a", "library-b");
        assertThat(dependencies.dependencies().get("library-a")).isEmpty();
        assertThat(dependencies.dependencies().get("library-b")).containsExactly("library-c");
    }

    static Stream<Path> validJsonVectors() throws IOException {
        return Stream.of("1.5", "1.6")
                .flatMap(v -> list(CYCLONEDX.resolve("spec-testvectors/" + v)))
                .filter(p -> p.getFileName().toString().endsWith(".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validJsonVectors")
    void everyValidSpecTestVectorIsAccepted(Path vector) throws Exception {
        Sbom sbom = read(vector);

        assertThat(vector.toString()).contains("/" + sbom.specVersion() + "/");
        assertThat(sbom.warnings()).isEmpty();
    }

    @Test
    void realWorldFormatViolationsAreToleratedAndCounted() throws Exception {
        // six vcs URLs like git@github.com:chaijs/assertion-error.git are not IRI references
        Sbom sbom = read(CYCLONEDX.resolve("bom-shelter/redis-commander-sbom-cdx.json"));

        assertThat(sbom.components()).hasSize(514);
        assertThat(sbom.warnings()).singleElement().asString()
                .startsWith("6 tolerated CycloneDX schema violation(s)")
                .contains("$.components[195].externalReferences[0].url");
    }

    @Test
    void truncatedJsonNamesLineAndColumn() throws Exception {
        String text = Files.readString(CYCLONEDX.resolve(
                "bom-examples/SBOM/dropwizard-1.3.15/bom.json")).substring(0, 3000);
        long line = text.lines().count();

        assertThatThrownBy(() -> readText(text))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.json at line " + line + ", column ")
                .hasMessageContaining("malformed JSON: Unexpected end-of-input");
    }

    @Test
    void schemaViolationIsAnErrorNamingOriginAndReason() {
        assertThatThrownBy(() -> readText(bom("1.6", "{\"type\": \"librarx\", \"name\": \"a\"}")))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.json: violates the CycloneDX 1.6 JSON schema: "
                        + "$.components[0].type: does not have a value in the enumeration");
    }

    @Test
    void cycloneDx17IsValidatedAgainstItsOwnSchema() {
        // 1.7 added no "librarx" either; cyclonedx-core-java knows no 1.7 schema, ours does
        assertThatThrownBy(() -> readText(bom("1.7", "{\"type\": \"librarx\", \"name\": \"a\"}")))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.json: violates the CycloneDX 1.7 JSON schema: "
                        + "$.components[0].type");
    }

    @Test
    void fieldOfTheWrongTypeIsAnErrorWithItsPosition() {
        assertThatThrownBy(() -> readText(bom("1.6", "{\"type\": \"library\",\n \"name\": 5}")))
                .isInstanceOf(SbomException.class)
                // the template puts the components on line 2
                .hasMessage("x.json at line 3, column 10: 'name' must be a string");
    }

    @Test
    void duplicateBomRefsAreAllKeptAndCounted() throws Exception {
        Sbom sbom = readText(bom("1.6", """
                {"type": "library", "bom-ref": "a", "name": "one"},
                {"type": "library", "bom-ref": "a", "name": "two"},
                {"type": "library", "bom-ref": "a", "name": "three"},
                {"type": "library", "bom-ref": "b", "name": "four"}""",
                "{\"ref\": \"b\", \"dependsOn\": [\"a\"]}"));

        assertThat(sbom.components()).extracting(SbomComponent::ref, SbomComponent::name)
                .containsExactly(tuple("a", "one"), tuple("a#2", "two"), tuple("a#3", "three"),
                        tuple("b", "four"));
        assertThat(sbom.warnings()).containsExactly(
                "2 component(s) reuse a bom-ref already taken, kept with a #N suffix "
                        + "(first: 'a')");
        assertThat(sbom.dependencies().get("b")).containsExactly("a");
    }

    @Test
    void dependencyCyclesAreKept() throws Exception {
        Sbom sbom = readText(bom("1.6", """
                {"type": "library", "bom-ref": "a", "name": "a"},
                {"type": "library", "bom-ref": "b", "name": "b"}""", """
                {"ref": "a", "dependsOn": ["b"]}, {"ref": "b", "dependsOn": ["a"]}"""));

        assertThat(sbom.dependencies()).containsEntry("a", List.of("b"))
                .containsEntry("b", List.of("a"));
    }

    @Test
    void unparseablePurlIsKeptAsWrittenWithAWarning() throws Exception {
        Sbom sbom = readText(bom("1.6",
                "{\"type\": \"library\", \"name\": \"odd\", \"purl\": \"pkg:/no-type@1\"}"));

        assertThat(sbom.components().get(0).purl()).isEqualTo("pkg:/no-type@1");
        assertThat(sbom.warnings()).containsExactly(
                "1 purl(s) do not parse, kept as written (first: 'pkg:/no-type@1')");
    }

    @Test
    void unknownSpecVersionIsNamed() {
        assertThatThrownBy(() -> readText(bom("1.8", "")))
                .isInstanceOf(SbomException.class)
                .hasMessage("x.json: CycloneDX specVersion '1.8' is not supported "
                        + "(supported: 1.2, 1.3, 1.4, 1.5, 1.6, 1.7)");
        assertThatThrownBy(() -> readText(
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\"}"))
                .hasMessageContaining("specVersion '1.1' is not supported");
    }

    @Test
    void documentsThatAreNotCycloneDxAreRefused() {
        assertThatThrownBy(() -> readText("{\"bomFormat\": \"SPDX\", \"specVersion\": \"1.6\"}"))
                .hasMessage("x.json: not a CycloneDX BOM: bomFormat is 'SPDX'");
        assertThatThrownBy(() -> readText("{\"bomFormat\": \"CycloneDX\"}"))
                .hasMessage("x.json: not a CycloneDX BOM: specVersion is missing");
        assertThatThrownBy(() -> readText("[1, 2]"))
                .hasMessage("x.json at line 1, column 1: not a CycloneDX BOM: no top-level object");
    }

    static Sbom read(Path file) throws IOException, SbomException {
        try (InputStream in = Files.newInputStream(file)) {
            return new CycloneDxJsonReader().read(in, file.getFileName().toString());
        }
    }

    private static Sbom readText(String json) throws SbomException {
        return new CycloneDxJsonReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
    }

    private static String bom(String specVersion, String components, String... dependencies) {
        return """
                {"bomFormat": "CycloneDX", "specVersion": "%s", "version": 1,
                 "components": [%s], "dependencies": [%s]}
                """.formatted(specVersion, components, String.join(",", dependencies));
    }

    static SbomComponent component(Sbom sbom, String ref) {
        return sbom.components().stream().filter(c -> c.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + ref));
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
