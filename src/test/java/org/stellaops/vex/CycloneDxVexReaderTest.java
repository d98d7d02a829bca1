// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.stellaops.sbom.RealSboms;

class CycloneDxVexReaderTest {

    @Test
    void cisaNotAffectedMapsStateJustificationAndDetail() throws Exception {
        VexDocument document = VexCorpus.load(
                "cyclonedx/bom-examples/VEX/CISA-Use-Cases/Case-1/vex-not_affected.json");

        assertThat(document.format()).isEqualTo(VexFormat.CYCLONEDX);
        assertThat(document.issuer()).isEqualTo("unknown");
        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.vulnerability()).isEqualTo("CVE-2021-44228");
            assertThat(s.status()).isEqualTo(VexStatus.NOT_AFFECTED);
            assertThat(s.justification()).isEqualTo(VexJustification.VULNERABLE_CODE_NOT_PRESENT);
            assertThat(s.justificationText()).isEqualTo("code_not_present");
            assertThat(s.impactStatement()).startsWith("This version of Product ABC is not");
            assertThat(s.actionStatement()).isNull();
            // no analysis timestamps: the metadata's
            assertThat(s.timestamp()).isEqualTo("2022-03-03T00:00:00Z");
            assertThat(s.products()).singleElement().satisfies(p -> {
                assertThat(p.componentRef()).isEqualTo("product-ABC");
                assertThat(p.purls()).isEmpty();
            });
        });
    }

    @Test
    void falsePositiveIsNotAffectedWithoutJustification() throws Exception {
        VexDocument document = VexCorpus.load("cyclonedx/dependency-track/vex-issue2549.json");

        assertThat(document.statements()).extracting(VexStatement::status)
                .containsOnly(VexStatus.NOT_AFFECTED);
        assertThat(document.statements()).filteredOn(s -> "false_positive"
                .equals(s.justificationText())).hasSize(2)
                .allSatisfy(s -> assertThat(s.justification()).isNull());
    }

    @Test
    void bomLinkRefsNameTheBomRefAfterTheHashAndUnanalysedFindingsAreSkipped()
            throws Exception {
        VexDocument document = VexCorpus.load("cyclonedx/trivy/cyclonedx.json");

        assertThat(document.statements()).hasSize(2);
        assertThat(document.statements().get(0).justification())
                .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
        assertThat(document.statements().get(1).products()).singleElement().satisfies(p -> {
            assertThat(p.componentRef()).isEqualTo("pkg:deb/ubuntu/libstdc%2B%2B6"
                    + "@12.3.0-1ubuntu1~22.04?arch=amd64&distro=ubuntu-22.04");
            assertThat(p.purls()).containsExactly(p.componentRef());
        });
    }

    @Test
    void xmlVexNamesTheComponentsPurlAndFoldsRequiresEnvironment() throws Exception {
        VexDocument document = VexLoader.read("vex.xml", XML.getBytes(StandardCharsets.UTF_8));

        assertThat(document.documentId())
                .isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        assertThat(document.issuer()).isEqualTo("Acme Inc");
        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.justification()).isEqualTo(
                    VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY);
            assertThat(s.justificationText()).isEqualTo("requires_environment");
            assertThat(s.timestamp()).isEqualTo("2024-05-06T07:08:09Z");
            assertThat(s.aliases()).containsExactly("GHSA-jfh8-c2jp-5v3q");
            assertThat(s.products()).singleElement().satisfies(p ->
                    assertThat(p.purls()).containsExactly(
                            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"));
        });
    }

    @Test
    void xmlWithAnEntityDeclarationIsRefusedBeforeAnyExpansion() {
        String hostile = XML.replace("<?xml version=\"1.0\"?>", """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""")
                .replace("Acme Inc", "&xxe;");

        assertThatThrownBy(() -> VexLoader.read("hostile.xml",
                hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.position()).startsWith("line 2");
                    assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
                });
    }

    @Test
    void sbomWithAnalysedVulnerabilitiesGivesItsEmbeddedStatements() throws Exception {
        byte[] sbom = Files.readAllBytes(VexCorpus.file("cyclonedx/trivy/cyclonedx.json"));

        assertThat(VexLoader.embeddedIn("sbom.json", sbom)).hasValueSatisfying(d ->
                assertThat(d.statements()).hasSize(2));
    }

    @Test
    void sbomWithoutAnalysisOrOfAnotherFormatGivesNoEmbeddedStatements() throws Exception {
        assertThat(VexLoader.embeddedIn("dropwizard.json",
                Files.readAllBytes(RealSboms.DROPWIZARD))).isEmpty();
        assertThat(VexLoader.embeddedIn("openvex.json",
                Files.readAllBytes(VexCorpus.file("openvex/grype/openvex-demo1.json")))).isEmpty();
    }

    private static final String XML = """
            <?xml version="1.0"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.5"
                 serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">
              <metadata>
                <timestamp>2024-01-01T00:00:00Z</timestamp>
                <supplier><name>Acme Inc</name></supplier>
              </metadata>
              <components>
                <component type="library" bom-ref="log4j">
                  <name>log4j-core</name>
                  <version>2.14.1</version>
                  <purl>pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1</purl>
                </component>
              </components>
              <vulnerabilities>
                <vulnerability>
                  <id>CVE-2021-44228</id>
                  <references>
                    <reference>
                      <id>GHSA-jfh8-c2jp-5v3q</id>
                      <source><name>GitHub</name></source>
                    </reference>
                  </references>
                  <analysis>
                    <state>not_affected</state>
                    <justification>requires_environment</justification>
                    <lastUpdated>2024-05-06T07:08:09Z</lastUpdated>
                  </analysis>
                  <affects>
                    <target><ref>log4j</ref></target>
                  </affects>
                </vulnerability>
              </vulnerabilities>
            </bom>
            """;
}
