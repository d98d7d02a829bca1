// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.sbom.CycloneDxJsonReaderTest.CYCLONEDX;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CycloneDX XML 1.2 to 1.7 from the corpus, the same BOMs in both encodings, and hostile or
 * broken documents. Expected values were read from the files with python3's ElementTree.
 */
class CycloneDxXmlReaderTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bom-examples/SBOM/juice-shop/v11.1.2/bom",
            "bom-examples/SBOM/laravel-7.12.0/bom.1.2", "bom-examples/SBOM/laravel-7.12.0/bom.1.3",
            "bom-examples/SBOM/laravel-7.12.0/bom.1.4",
            "bom-examples/SBOM/proton-bridge/proton-bridge-v1.6.3.bom",
            "bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4"})
    void xmlAndJsonOfTheSameBomGiveTheSameComponents(String bom) throws Exception {
        Sbom xml = read(CYCLONEDX.resolve(bom + ".xml"));
        Sbom json = CycloneDxJsonReaderTest.read(CYCLONEDX.resolve(bom + ".json"));

        assertThat(xml.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(xml.specVersion()).isEqualTo(json.specVersion());
        assertThat(xml.components()).isNotEmpty().isEqualTo(json.components());
        assertThat(xml.dependencies()).isEqualTo(json.dependencies());
        assertThat(xml.subjectName()).isEqualTo(json.subjectName());
        assertThat(xml.warnings()).isEmpty();
    }

    @Test
    void juiceShopXmlHasItsComponentsAndTimestamp() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve("bom-examples/SBOM/juice-shop/v11.1.2/bom.xml"));

        assertThat(sbom.specVersion()).isEqualTo("1.2");
        // 841 <component> elements: the subject in <metadata> and 840 listed
        assertThat(sbom.components()).hasSize(840);
        assertThat(sbom.subjectName()).isEqualTo("juice-shop");
        assertThat(sbom.created()).isEqualTo("2020-08-03T03:19:55.999Z");
        SbomComponent bodyParser = CycloneDxJsonReaderTest.component(sbom,
                "pkg:npm/body-parser@1.19.0");
        assertThat(bodyParser.hashes())
                .containsEntry("SHA-1", "96b2709e57c9c4e09a6fd66a8fd979844f69f08a");
        assertThat(bodyParser.licenses()).containsExactly("MIT");
    }

    @Test
    void syftImageSbomGivesOsLocationSourcePackageAndCpes() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve("bom-shelter/perl-cdx.xml"));

        assertThat(sbom.specVersion()).isEqualTo("1.4");
        assertThat(sbom.components()).hasSize(419);
        assertThat(sbom.os()).isEqualTo(new OsInfo("debian", "9"));
        assertThat(sbom.components().get(418).type()).isEqualTo("operating-system");
        SbomComponent bsdutils = sbom.components().get(11);
        assertThat(bsdutils.name()).isEqualTo("bsdutils");
        assertThat(bsdutils.version()).isEqualTo("1:2.29.2-1+deb9u1");
        assertThat(bsdutils.purl()).isEqualTo("pkg:deb/debian/bsdutils@1:2.29.2-1+deb9u1"
                + "?arch=amd64&upstream=util-linux%402.29.2-1+deb9u1&distro=debian-9");
        assertThat(bsdutils.sourceName()).isEqualTo("util-linux");
        assertThat(bsdutils.sourceVersion()).isEqualTo("2.29.2-1+deb9u1");
        assertThat(bsdutils.location()).isEqualTo("/usr/share/doc/bsdutils/copyright");
        assertThat(bsdutils.licenses()).hasSize(14).startsWith("BSD-2-Clause", "BSD-3-Clause");
        SbomComponent apt = sbom.components().get(2);
        // the <cpe> first, then the nine syft:cpe23 properties
        assertThat(apt.cpes()).hasSize(10).first().isEqualTo(
                "cpe:2.3:a:apt-transport-https:apt-transport-https:1.4.11:*:*:*:*:*:*:*");
        assertThat(apt.cpes().get(1))
                .isEqualTo("cpe:2.3:a:apt-transport-https:apt_transport_https:1.4.11:*:*:*:*:*:*:*");
    }

    static Stream<Path> validXmlVectors() throws IOException {
        return Stream.of("1.5", "1.6").flatMap(v -> {
            try (Stream<Path> files = Files.list(CYCLONEDX.resolve("spec-testvectors/" + v))) {
                return files.sorted().toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(p -> p.getFileName().toString().endsWith(".xml"))
                // cyclonedx-core-java 11.0.1's XSDs predate the fix that allows several <user>
                // in modelCard considerations; the class doc of CycloneDxXmlSchemas says so
                .filter(p -> !p.getFileName().toString().startsWith("valid-machine-learning-1."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validXmlVectors")
    void everyValidSpecTestVectorIsAccepted(Path vector) throws Exception {
        Sbom sbom = read(vector);

        assertThat(vector.toString()).contains("/" + sbom.specVersion() + "/");
        assertThat(sbom.warnings()).isEmpty();
    }

    @Test
    void extensionElementsAndPedigreeComponentsAreSkipped() throws Exception {
        Sbom sbom = read(CYCLONEDX.resolve(
                "spec-testvectors/1.6/valid-external-elements-1.6.xml"));

        // <foo:fruit> elements sit among the fields; ancestors "foo" and "bar" are pedigree
        assertThat(sbom.components()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tomcat-catalina");
            assertThat(c.version()).isEqualTo("9.0.14");
            assertThat(c.purl())
                    .isEqualTo("pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar");
        });
    }

    @Test
    void cycloneDx17XmlIsReadForWhat16KnowsWithoutSchema() throws Exception {
        String v16 = Files.readString(CYCLONEDX.resolve(
                "spec-testvectors/1.6/valid-component-hashes-1.6.xml"));

        Sbom sbom = readText(v16.replace("cyclonedx.org/schema/bom/1.6",
                "cyclonedx.org/schema/bom/1.7"));

        assertThat(sbom.specVersion()).isEqualTo("1.7");
        assertThat(sbom.components().get(0).hashes()).hasSize(12).containsEntry("BLAKE2B-256",
                read(CYCLONEDX.resolve("spec-testvectors/1.6/valid-component-hashes-1.6.xml"))
                        .components().get(0).hashes().get("BLAKE2B-256"));
        assertThat(sbom.warnings()).containsExactly("not validated against the CycloneDX schema: "
                + "no XSD for 1.7 is available");
    }

    @Test
    void doctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components><component type="library"><name>&d;</name></component></components>
                </bom>
                """;

        assertThatThrownBy(() -> readText(laughs))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.xml at line 2, column 1: DOCTYPE declarations are not "
                        + "allowed");
    }

    @Test
    void externalEntityIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY x SYSTEM "%s">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components><component type="library"><name>&x;</name></component></components>
                </bom>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> readText(xxe))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("top secret");
    }

    @Test
    void undeclaredEntityIsMalformed() {
        String text = """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components><component type="library"><name>&b;</name></component></components>
                </bom>
                """;

        assertThatThrownBy(() -> readText(text))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.xml at line 2, column ")
                .hasMessageContaining("malformed XML: Undeclared general entity \"b\"");
    }

    @Test
    void truncatedXmlNamesLineAndColumn() throws Exception {
        String text = Files.readString(CYCLONEDX.resolve(
                "bom-examples/SBOM/dropwizard-1.3.15/bom.xml")).substring(0, 3000);
        long line = text.lines().count();

        assertThatThrownBy(() -> readText(text))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.xml at line " + line + ", column ")
                .hasMessageContaining("malformed XML: Unexpected EOF");
    }

    @Test
    void schemaViolationIsAnErrorWithItsPosition() {
        String text = """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <components>
                    <component type="librarx"><name>a</name></component>
                  </components>
                </bom>
                """;

        assertThatThrownBy(() -> readText(text))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.xml at line 3, column ")
                .hasMessageContaining("violates the CycloneDX 1.6 XML schema: "
                        + "cvc-enumeration-valid: Value 'librarx'");
    }

    @Test
    void duplicateBomRefsAreKeptAndCountedDespiteTheXsdUniqueness() throws Exception {
        Sbom sbom = readText("""
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <components>
                    <component type="library" bom-ref="x"><name>a</name></component>
                    <component type="library" bom-ref="x"><name>b</name></component>
                  </components>
                  <dependencies>
                    <dependency ref="x"><dependency ref="x"/></dependency>
                  </dependencies>
                </bom>
                """);

        assertThat(sbom.components()).extracting(SbomComponent::ref).containsExactly("x", "x#2");
        assertThat(sbom.warnings()).containsExactly("1 component(s) reuse a bom-ref already "
                + "taken, kept with a #N suffix (first: 'x')");
        // a self-dependency is a cycle too, and kept
        assertThat(sbom.dependencies().get("x")).containsExactly("x");
    }

    @Test
    void versionsOutsideTheSupportedRangeAreNamed() {
        Path v11 = CYCLONEDX.resolve("bom-examples/SBOM/laravel-7.12.0/bom.1.1.xml");

        assertThatThrownBy(() -> read(v11))
                .hasMessage("bom.1.1.xml: CycloneDX specVersion '1.1' is not supported "
                        + "(supported: 1.2, 1.3, 1.4, 1.5, 1.6, 1.7)");
        assertThatThrownBy(() -> readText("<bom xmlns=\"http://cyclonedx.org/schema/bom/2.0\"/>"))
                .hasMessageContaining("specVersion '2.0' is not supported");
    }

    @Test
    void xmlThatIsNotCycloneDxIsRefused() {
        Path rdf = Path.of(System.getProperty("stella.corpus"),
                "sbom/spdx/spdx-spec-2.3/SPDXRdfExample-v2.3.spdx.rdf.xml");

        assertThatThrownBy(() -> read(rdf))
                .hasMessageStartingWith("SPDXRdfExample-v2.3.spdx.rdf.xml: not a CycloneDX BOM: "
                        + "root element is {http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF");
    }

    private static Sbom read(Path file) throws IOException, SbomException {
        try (InputStream in = Files.newInputStream(file)) {
            return new CycloneDxXmlReader().read(in, file.getFileName().toString());
        }
    }

    private static Sbom readText(String xml) throws SbomException {
        return new CycloneDxXmlReader().read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml");
    }
}
