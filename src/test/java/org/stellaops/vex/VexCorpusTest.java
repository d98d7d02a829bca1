// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real document of the corpus, loaded through the public entry point. */
class VexCorpusTest {

    /**
     * Test fixtures of other tools that break the official schema of their format; each is
     * refused with the violation the {@code invalidCorpusDocumentIsRefusedWithItsViolation}
     * cases below name.
     */
    private static final List<String> INVALID = List.of(
            "csaf/go-vex/csaf.json",
            "cyclonedx/bom-examples/VEX/bom.json",
            "openvex/go-vex/v020-1.vex.json",
            "openvex/go-vex/v020-2.vex.json",
            "openvex/trivy/integration-openvex.json",
            "openvex/trivy/openvex-nested.json",
            "openvex/trivy/openvex-oci-mismatch.json",
            "openvex/trivy/openvex-oci.json",
            "openvex/trivy/openvex.json",
            "openvex/vexctl/sarif/sample-1statement.openvex.json",
            "openvex/vexctl/sarif/sample-2vulns.openvex.json",
            "openvex/vexctl/sarif/sample-history.openvex.json");

    @Test
    void everyValidCorpusDocumentLoadsWithoutWarningsBeyondLegacyOpenVex() throws Exception {
        List<String> loaded = new ArrayList<>();
        for (Path file : VexCorpus.all()) {
            String relative = VexCorpus.ROOT.relativize(file).toString();
            if (INVALID.contains(relative)) {
                continue;
            }
            VexDocument document = VexLoader.read(relative, Files.readAllBytes(file));
            assertThat(document.warnings()).as(relative)
                    .allSatisfy(w -> assertThat(w.code()).isEqualTo("legacy-openvex"));
            assertThat(document.digest()).as(relative).matches("sha256:[0-9a-f]{64}");
            loaded.add(relative);
        }
        // 113 files in the corpus, 12 of them invalid
        assertThat(loaded).hasSize(101);
    }

    @Test
    void corpusStatementsPerFormatAreCounted() throws Exception {
        Map<VexFormat, Integer> counts = new java.util.EnumMap<>(VexFormat.class);
        for (Path file : VexCorpus.all()) {
            if (!INVALID.contains(VexCorpus.ROOT.relativize(file).toString())) {
                VexDocument document = VexLoader.read(file.toString(), Files.readAllBytes(file));
                counts.merge(document.format(), document.statements().size(), Integer::sum);
            }
        }
        assertThat(counts).containsOnlyKeys(VexFormat.values());
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "csaf/go-vex/csaf.json | /product_tree/branches/0/branches/0 | must have at most 3 properties",
        "cyclonedx/bom-examples/VEX/bom.json | /specVersion | specVersion '1.3' cannot be read as VEX",
        "openvex/go-vex/v020-1.vex.json | / | required property 'timestamp' not found",
        "openvex/trivy/integration-openvex.json | /statements/0/vulnerability "
                + "| required property 'name' not found",
        "openvex/trivy/openvex.json | / | required property '@id' not found",
        "openvex/vexctl/sarif/sample-1statement.openvex.json | /statements/0 "
                + "| property 'statement' is not defined in the schema",
    })
    void invalidCorpusDocumentIsRefusedWithItsViolation(String relative, String pointer,
            String reason) {
        assertThatThrownBy(() -> VexCorpus.load(relative))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.origin()).endsWith(relative);
                    assertThat(e.position()).isEqualTo(pointer);
                    assertThat(e.getMessage()).contains(reason);
                });
    }
}
