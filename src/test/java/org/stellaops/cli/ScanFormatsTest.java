// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code stella scan} over every input format, end to end: detection by content, the
 * {@code --sbom-type} override, and the same findings whatever format carries the packages.
 */
class ScanFormatsTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";
    private static final String SBOMS = "../shared/corpus/sbom/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "cyclonedx/bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.xml, cyclonedx-xml",
        "spdx/spdx-spec-2.3/SPDXJSONExample-v2.3.spdx.json, spdx-json",
        "spdx/bom-shelter/istio-release.spdx, spdx-tag-value",
        "trivy-json/npm-with-dev.json.golden, trivy-json-v2",
        "spdx/spdx-examples/software/example14/spdx3.0/examplemaven-0.0.1-enriched.spdx3.json,"
                + " spdx-json",
    })
    void everyFormatIsDetectedByContentAndScanned(String file, String format) throws Exception {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                SBOMS + file);

        assertThat(result.exit()).as(result.err()).isIn(StellaMain.EXIT_PASS,
                StellaMain.EXIT_FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.path("target").path("format").asText()).isEqualTo(format);
        assertThat(report.path("counts").path("components").asInt()).isPositive();
        // nothing is dropped: every component is matched or listed as unmatched
        assertThat(report.path("counts").path("unmatched").asInt())
                .isEqualTo(report.path("unmatched").size());
    }

    @Test
    void spdx3ConversionOfAnSbomGivesTheSameFindings() throws Exception {
        Path spdx = dir.resolve("juice-shop.spdx3.json");
        Stella.run("convert", JUICE_SHOP, "--format", "spdx", "--output", spdx.toString());

        JsonNode original = scan(JUICE_SHOP);
        JsonNode converted = scan(spdx.toString());

        assertThat(converted.path("target").path("format").asText()).isEqualTo("spdx-json");
        assertThat(findingKeys(converted)).isEqualTo(findingKeys(original)).hasSize(22);
    }

    @Test
    void sbomTypeOverridesDetectionAndAMismatchIsAClearError() {
        Stella.Result forced = Stella.run("scan", "--db", "examples/db", "--sbom-type",
                "cyclonedx-json", "--format", "json", JUICE_SHOP);
        Stella.Result mismatched = Stella.run("scan", "--db", "examples/db", "--sbom-type",
                "trivy-json-v2", JUICE_SHOP);
        Stella.Result unknown = Stella.run("scan", "--db", "examples/db", "--sbom-type",
                "spdx-yaml", JUICE_SHOP);

        assertThat(forced.exit()).as(forced.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        assertThat(mismatched.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(mismatched.err()).startsWith("error: " + JUICE_SHOP);
        assertThat(mismatched.out()).isEmpty();
        assertThat(unknown.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(unknown.err()).contains("--sbom-type must be").contains("spdx-yaml");
    }

    private static JsonNode scan(String file) throws Exception {
        Stella.Result result = Stella.run("scan", "--db", "examples/db", "--format", "json",
                file);
        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        return JSON.readTree(result.out());
    }

    private static List<String> findingKeys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        report.path("findings").forEach(f -> keys.add(f.path("id").asText() + " "
                + f.path("purl").asText() + " " + f.path("fixed")));
        return keys;
    }
}
