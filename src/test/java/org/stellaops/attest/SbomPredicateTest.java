// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stellaops.canonical.CanonicalJson;
import org.stellaops.match.ScanReport;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanTarget;

/**
 * The SBOM predicate, made with a kept mapper ({@link CycloneDxTrees}), must sign exactly the
 * bytes of the document {@link CycloneDxWriter#write} renders, read back: the form it had
 * before the mapper was kept. The corpus SBOMs (nested components, SPDX relationships, OS
 * packages) are checked when ../shared/corpus is there.
 */
class SbomPredicateTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"examples/sbom/juice-shop-11.1.2.cdx.json",
            "../shared/corpus/sbom/cyclonedx/bom-examples/SBOM/keycloak-10.0.2/bom.json",
            "../shared/corpus/sbom/cyclonedx/bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.xml",
            "../shared/corpus/sbom/spdx/claircore/konflux-syft+hermeto.spdx.json",
            "../shared/corpus/sbom/spdx/claircore/ubi8-micro.spdx.json"})
    void signsTheBytesOfTheCycloneDxWriter(String file) throws Exception {
        Path path = Path.of(file);
        assertThat(path).as("the corpus SBOM " + file).isRegularFile();
        ScanResult result = resultOf(SbomLoader.load(path, file, null));

        byte[] kept = CanonicalJson.toBytes(SbomPredicate.of(result));
        byte[] written = CanonicalJson.toBytes(MAPPER.readTree(CycloneDxWriter.write(
                result.sbom(), result.referenceTime(), result.target().digest())));

        assertThat(kept).isEqualTo(written);
        // a second scan through the same mapper gives the same bytes again
        assertThat(CanonicalJson.toBytes(SbomPredicate.of(result))).isEqualTo(written);
    }

    private static ScanResult resultOf(LoadedSbom loaded) {
        ScanReport report = new ScanReport(loaded.origin(), "sha256:00", "2026-05-31",
                List.of(), loaded.sbom().components().size(), List.of(), List.of(), List.of());
        return new ScanResult(new ScanTarget("sbom", loaded.origin(), loaded.digest(),
                loaded.format().option()), "2026-06-01T00:00:00Z", loaded.sbom(), report,
                Map.of(), List.of(), 0);
    }
}
