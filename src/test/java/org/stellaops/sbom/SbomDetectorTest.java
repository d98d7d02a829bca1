// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SbomDetectorTest {

    private static final Path SBOMS = Path.of(System.getProperty("stella.corpus"), "sbom");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cyclonedx/bom-examples/SBOM/juice-shop/v11.1.2/bom.json   | CYCLONEDX_JSON
            cyclonedx/bom-examples/SBOM/juice-shop/v11.1.2/bom.xml    | CYCLONEDX_XML
            cyclonedx/bom-shelter/perl-cdx.xml                        | CYCLONEDX_XML
            spdx/spdx-spec-2.3/SPDXJSONExample-v2.3.spdx.json         | SPDX_JSON
            spdx/spdx-spec-2.3/SPDXTagExample-v2.3.spdx               | SPDX_TAG_VALUE
            spdx/bom-shelter/chartmuseum-v0.14.0.spdx                 | SPDX_TAG_VALUE
            spdx/claircore/ubi8-micro.spdx.json                       | SPDX_JSON
            spdx/spdx-examples/software/example8/spdx3.0/examplemaven-0.0.1.spdx3.json | SPDX3_JSON_LD
            trivy-json/almalinux-8.json.golden                        | TRIVY_JSON_V2
            trivy-json/cargo.lock.json.golden                         | TRIVY_JSON_V2
            """)
    void detectsRealDocumentsByContent(String file, SbomFormat expected) throws Exception {
        // copied to a neutral name: detection must not look at the file name
        Path copy = Files.copy(SBOMS.resolve(file), dir.resolve("input"));

        assertThat(SbomDetector.detect(copy, "input")).isEqualTo(expected);
    }

    @Test
    void findsCycloneDxMarkerAfterLargeLeadingMembers() throws Exception {
        Path file = Files.writeString(dir.resolve("late.json"), "{\"components\":[{\"name\":"
                + "\"a\",\"purl\":\"pkg:npm/a@1\"}],\"specVersion\":\"1.6\","
                + "\"bomFormat\":\"CycloneDX\"}");

        assertThat(SbomDetector.detect(file, "late.json")).isEqualTo(SbomFormat.CYCLONEDX_JSON);
    }

    @Test
    void namesTheFormatsTriedForUnknownJson() throws Exception {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"hello\": [1, 2, 3]}");

        assertThatThrownBy(() -> SbomDetector.detect(file, "x.json"))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("x.json: JSON, but not a known SBOM format")
                .hasMessageContaining("CycloneDX JSON, CycloneDX XML, SPDX 2.3 JSON");
    }

    @Test
    void reportsPositionOfMalformedJson() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"bomFormat\" \"CycloneDX\"}");

        assertThatThrownBy(() -> SbomDetector.detect(file, "bad.json"))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("bad.json at line 2, column");
    }

    @Test
    void refusesSpdxRdfXml() {
        Path rdf = SBOMS.resolve("spdx/spdx-spec-2.3/SPDXRdfExample-v2.3.spdx.rdf.xml");

        assertThatThrownBy(() -> SbomDetector.detect(rdf, "rdf.xml"))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("not a CycloneDX BOM");
    }

    @Test
    void refusesPlainText() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");

        assertThatThrownBy(() -> SbomDetector.detect(file, "notes.txt"))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("not a known SBOM format; formats tried");
    }
}
