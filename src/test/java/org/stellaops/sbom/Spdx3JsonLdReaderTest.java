// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * SPDX 3.0.1 JSON-LD against the official examples and against {@link Spdx3Writer}'s own
 * output. Expected values were read off the files with python3 (json module).
 */
class Spdx3JsonLdReaderTest {

    private static final Path SPDX = Path.of(System.getProperty("stella.corpus"), "sbom", "spdx");
    /** The SPDX 3.0 specification's package SBOM example (spdx/spdx-spec). */
    private static final String SPEC_PACKAGE = "spdx-spec-3.0/package_sbom.json";
    /** App-BOM-ination (spdx/spdx-examples example9): purls, dependsOn, NOASSERTION licences. */
    private static final String APPBOMINATION =
            "spdx-examples/software/example9/spdx3.0/appbomination.spdx3.json";
    /** The SPDX 2.3 JSON example converted to 3.0.1 (spdx/spdx-3-model): hashes, a purl. */
    private static final String CONVERTED = "spdx-3-model/examples/converted_from_spdx_2.json";
    /** An AI BOM (spdx/spdx-examples ai/example01): AI and dataset packages, custom licence. */
    private static final String SIMPLE_HTR =
            "spdx-examples/ai/example01/spdx3.0/simplehtr-example.json";
    /** Nested containers (spdx/spdx-examples example13): contains and dependsOn. */
    private static final String EXAMPLE13 =
            "spdx-examples/software/example13/spdx3.0/example13.spdx3.json";

    @Test
    void readsTheSpecPackageSbom() throws Exception {
        Sbom sbom = read(SPEC_PACKAGE);

        assertThat(sbom.format()).isEqualTo(SbomFormat.SPDX3_JSON_LD);
        assertThat(sbom.specVersion()).isEqualTo("3.0.1");
        assertThat(sbom.created()).isEqualTo("2024-03-06T00:00:00Z");
        // a software_File is in the graph too, but files are not components
        assertThat(sbom.components()).singleElement().satisfies(c -> {
            assertThat(c.ref()).isEqualTo("http://spdx.example.com/Package1");
            assertThat(c.name()).isEqualTo("my-package");
            assertThat(c.version()).isEqualTo("1.0.0");
        });
    }

    @Test
    void readsPurlsDependenciesAndConcludedLicences() throws Exception {
        Sbom sbom = read(APPBOMINATION);
        String base = "http://www.sourceauditor.com/spdxdocs/appbomination-src/"
                + "e3b71037-57de-44c9-8b7f-4e8a62f45311-specv3/SPDXRef-gnrtd";

        assertThat(sbom.subjectName()).isEqualTo("SpdxDoc for App-BOM-ination");
        assertThat(sbom.created()).isEqualTo("2021-09-02T13:46:32Z");
        assertThat(sbom.components()).extracting(SbomComponent::name).containsExactly(
                "App-BOM-ination", "Faust Proprietary File", "Gradle", "hamcrest-core", "junit",
                "commons-lang3", "slf4j-api");
        assertThat(sbom.components()).extracting(SbomComponent::purl).containsExactly(null,
                null, null, "pkg:maven/org.hamcrest/hamcrest-core@1.3",
                "pkg:maven/junit/junit@4.12",
                "pkg:maven/org.apache.commons/commons-lang3@3.4",
                "pkg:maven/org.slf4j/slf4j-api@1.7.21");
        assertThat(sbom.dependencies()).containsOnly(
                Map.entry(base + "3", List.of(base + "88", base + "94", base + "76")),
                Map.entry(base + "76", List.of(base + "74")));
        // hamcrest declares NOASSERTION: its concluded BSD-3-Clause stands in
        assertThat(SpdxJsonReaderTest.byRef(sbom, base + "74").licenses())
                .containsExactly("BSD-3-Clause");
        assertThat(SpdxJsonReaderTest.byRef(sbom, base + "3").licenses())
                .containsExactly("Apache-2.0");
    }

    @Test
    void mapsSpdx3HashNamesToCycloneDx() throws Exception {
        Sbom sbom = read(CONVERTED);

        SbomComponent glibc = SpdxJsonReaderTest.byRef(sbom, "spdx-example:SPDXRef-Package");
        assertThat(glibc.hashes()).containsOnlyKeys("MD5", "SHA-1", "SHA-256", "BLAKE2B-384")
                .containsEntry("MD5", "624c1abb3664f4b35547e7c73864ad24");
        assertThat(SpdxJsonReaderTest.byRef(sbom, "spdx-example:SPDXRef-fromDoap-0").purl())
                .isEqualTo("pkg:maven/org.apache.jena/apache-jena@3.12.0");
        assertThat(sbom.dependencies()).containsOnly(Map.entry("spdx-example:SPDXRef-Package",
                List.of("spdx-example:SPDXRef-Saxon")));
        assertThat(sbom.subjectName()).isEqualTo("SPDX-Tools-v2.0");
        assertThat(sbom.created()).isEqualTo("2010-01-29T18:30:22Z");
    }

    @Test
    void readsAiAndDatasetPackages() throws Exception {
        Sbom sbom = read(SIMPLE_HTR);

        assertThat(sbom.components()).hasSize(13);
        String site = "https://my-first-aibom.com/";
        assertThat(sbom.components().stream()
                .filter(c -> "machine-learning-model".equals(c.type())))
                .extracting(SbomComponent::ref)
                .containsExactly(site + "word-model", site + "line-model");
        SbomComponent dataset = SpdxJsonReaderTest.byRef(sbom, site + "IAMdataset");
        assertThat(dataset.type()).isEqualTo("data");
        // an unnamed custom licence is known by its element's own name
        assertThat(dataset.licenses())
                .containsExactly("CustomLicense-c63547c2-62e0-48ec-b98d-ff1b917d67db");
        // two identical dependsOn relationships: seven edges, once each
        assertThat(sbom.dependencies().get("https://my-first-aibom.com/SimpleHTR")).hasSize(7);
        assertThat(SpdxJsonReaderTest.byRef(sbom, "https://pypi.org/project/numpy/1.19.5/")
                .licenses()).containsExactly("BSD-2-Clause-FreeBSD");
        // the SpdxDocument's creation info, not one of the nine per-package ones
        assertThat(sbom.created()).isEqualTo("2024-05-09T13:50:30Z");
    }

    @Test
    void nestsContainedPackages() throws Exception {
        Sbom sbom = read(EXAMPLE13);
        String app = "urn:product-acme-application-1.3-4fe40e24-20e3-11ee-be56-0242ac120002";

        assertThat(sbom.components()).hasSize(4);
        assertThat(SpdxJsonReaderTest.byRef(sbom,
                "urn:npm-elliptic-6.5.2-4fe40e24-20e3-11ee-be56-0242ac120002").parentRef())
                .isEqualTo(app);
        assertThat(SpdxJsonReaderTest.byRef(sbom, "urn:openssl-3.0.4-4fe40e24-20e3-11ee-be56-"
                + "0242ac120002").parentRef()).startsWith("urn:container-alpine-latest-sha256:");
        assertThat(sbom.dependencies().get(app)).singleElement().asString()
                .startsWith("urn:container-alpine-latest");
        assertThat(sbom.components().get(2).type()).isEqualTo("container");
    }

    @Test
    void readsBackWhatTheWriterWrites() throws Exception {
        SbomComponent app = new SbomComponent("app", "shop", "1.0.0", "application",
                "pkg:npm/shop@1.0.0", List.of("cpe:/a:acme:shop:1.0.0"), List.of("MIT"),
                Map.of("SHA-256", "aa11", "STREEBOG-256", "ee55"), null, null, null, null);
        SbomComponent lodash = new SbomComponent("lodash", "lodash", "4.17.19", "library",
                "pkg:npm/lodash@4.17.19",
                List.of("cpe:2.3:a:lodash:lodash:4.17.19:*:*:*:*:node.js:*:*"),
                List.of("MIT", "Apache-2.0 OR MIT"), Map.of("SHA3-512", "bb22", "BLAKE3", "cc33"),
                null, "app", null, null);
        SbomComponent inner = new SbomComponent("inner", "inner", null, "library",
                "pkg:npm/inner@0.1.0", List.of(), List.of(), Map.of(), null, "lodash", null, null);
        SbomComponent minimist = new SbomComponent("minimist", "minimist", "1.2.5", "library",
                "pkg:npm/minimist@1.2.5", List.of(), List.of("Apache-2.0 OR MIT"),
                Map.of("MD5", "dd44"), null, null, null, null);
        Sbom original = new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", "shop", "1.0.0", null,
                List.of(app, lodash, inner, minimist),
                Map.of("app", List.of("lodash", "minimist"), "minimist", List.of("app"),
                        "lodash", List.of("inner")), List.of(), "2024-10-04T20:31:00Z");

        String json = Spdx3Writer.write(original, "sha256:0123abcd", original.created());
        Sbom back = new Spdx3JsonLdReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written");

        assertThat(facts(back)).isEqualTo(facts(original)).hasSize(4);
        assertThat(edges(back)).isEqualTo(edges(original)).hasSize(4);
        assertThat(nesting(back)).isEqualTo(nesting(original)).hasSize(2);
        assertThat(back.subjectName()).isEqualTo("shop");
        assertThat(back.created()).isEqualTo("2024-10-04T20:31:00Z");
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void relationshipsBeforeTheirPackagesAndTheOsPackage() throws Exception {
        Sbom sbom = parse("""
                {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
                  {"type": "Relationship", "spdxId": "r1", "from": "p1", "to": ["p2"],
                   "relationshipType": "dependsOn"},
                  {"type": "Relationship", "spdxId": "r2", "from": "p2", "to": "l1",
                   "relationshipType": "hasDeclaredLicense"},
                  {"type": "Relationship", "spdxId": "r3", "from": "p2", "to": ["p1"],
                   "relationshipType": "dependsOn"},
                  {"type": "software_Package", "spdxId": "p1", "name": "Ubuntu",
                   "software_packageVersion": "22.04",
                   "software_primaryPurpose": "operatingSystem"},
                  {"type": "software_Package", "spdxId": "p2", "name": "zlib",
                   "verifiedUsing": [{"type": "Hash", "algorithm": "sha224", "hashValue": "ab"}]},
                  {"type": "simplelicensing_LicenseExpression", "spdxId": "l1",
                   "simplelicensing_licenseExpression": "Zlib"}]}
                """);

        assertThat(sbom.dependencies()).containsOnly(Map.entry("p1", List.of("p2")),
                Map.entry("p2", List.of("p1")));
        assertThat(sbom.components().get(0).type()).isEqualTo("operating-system");
        assertThat(sbom.os()).isEqualTo(new OsInfo("ubuntu", "22.04"));
        assertThat(sbom.components().get(1).licenses()).containsExactly("Zlib");
        assertThat(sbom.components().get(1).hashes()).isEmpty();
        assertThat(sbom.warnings()).containsExactly(
                "mem.jsonld: hashes dropped, no CycloneDX name for sha224");
    }

    @Test
    void refusesBrokenDocuments() {
        assertThatThrownBy(() -> parse("{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context"
                + ".jsonld\",\n \"@graph\": [{\"type\": \"software_Package\""))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("mem.jsonld at line 2, column ")
                .hasMessageContaining("malformed JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> parse("{\"@graph\": {\"type\": \"software_Package\"}}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.jsonld at line 1, column 12: '@graph' must be an array, not an "
                        + "object");
        assertThatThrownBy(() -> parse("{\"@graph\": [{\"type\": \"CreationInfo\", "
                + "\"specVersion\": \"2.3\"}]}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.jsonld: unsupported SPDX specVersion '2.3': this reader takes "
                        + "SPDX 3.0.x");
        assertThatThrownBy(() -> parse("{\"@context\": \"https://spdx.org/rdf/3.0.1/\"}"))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("neither an @graph nor a single element");
    }

    /** name, purl, version, CPEs, hashes and licences of every component. */
    private static Set<String> facts(Sbom sbom) {
        Set<String> facts = new TreeSet<>();
        sbom.components().forEach(c -> facts.add(c.name() + " | " + c.purl() + " | "
                + c.version() + " | " + c.cpes() + " | " + c.hashes() + " | " + c.licenses()));
        return facts;
    }

    private static Set<String> edges(Sbom sbom) {
        Map<String, String> purls = purls(sbom);
        Set<String> edges = new TreeSet<>();
        sbom.dependencies().forEach((from, to) -> to.forEach(
                t -> edges.add(purls.get(from) + " -> " + purls.get(t))));
        return edges;
    }

    private static Set<String> nesting(Sbom sbom) {
        Map<String, String> purls = purls(sbom);
        Set<String> nesting = new TreeSet<>();
        sbom.components().stream().filter(c -> c.parentRef() != null)
                .forEach(c -> nesting.add(purls.get(c.parentRef()) + " > " + c.purl()));
        return nesting;
    }

    private static Map<String, String> purls(Sbom sbom) {
        Map<String, String> purls = new HashMap<>();
        sbom.components().forEach(c -> purls.put(c.ref(), c.purl()));
        return purls;
    }

    private static Sbom read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(SPDX.resolve(file))) {
            return new Spdx3JsonLdReader().read(in, file);
        }
    }

    private static Sbom parse(String json) throws SbomException {
        return new Spdx3JsonLdReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mem.jsonld");
    }
}
