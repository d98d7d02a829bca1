// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomFormat;
import org.stellaops.sbom.SbomLoader;

/**
 * {@code stella convert}: CycloneDX to SPDX 3.0.1 and back keeps purls, versions, hashes,
 * licences and the dependency graph, and the output is byte-stable.
 */
class ConvertCommandTest {

    private static final String JUICE_SHOP = "examples/sbom/juice-shop-11.1.2.cdx.json";
    /** A real CycloneDX SBOM with hashes, licences and a dependency graph (bom-examples). */
    private static final String DROPWIZARD =
            "../shared/corpus/sbom/cyclonedx/bom-examples/SBOM/dropwizard-1.3.15/bom.json";
    /** A real SPDX 2.3 document with checksums, licences and relationships (spdx/spdx-spec). */
    private static final String SPDX_EXAMPLE =
            "../shared/corpus/sbom/spdx/spdx-spec-2.3/SPDXJSONExample-v2.3.spdx.json";

    @TempDir
    Path dir;

    @Test
    void cycloneDxToSpdxAndBackKeepsWhatMatters() throws Exception {
        Path spdx = dir.resolve("dropwizard.spdx3.json");
        Path back = dir.resolve("dropwizard.cdx.json");

        Stella.Result toSpdx = Stella.run("convert", DROPWIZARD, "--format", "spdx",
                "--output", spdx.toString());
        Stella.Result toCdx = Stella.run("convert", spdx.toString(), "--format", "cyclonedx",
                "--output", back.toString());

        assertThat(toSpdx.exit()).as(toSpdx.err()).isZero();
        assertThat(toCdx.exit()).as(toCdx.err()).isZero();
        LoadedSbom original = load(DROPWIZARD);
        LoadedSbom viaSpdx = load(spdx.toString());
        LoadedSbom roundTrip = load(back.toString());
        assertThat(viaSpdx.format()).isEqualTo(SbomFormat.SPDX3_JSON_LD);
        assertThat(roundTrip.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(facts(original.sbom())).hasSizeGreaterThan(100);
        assertThat(facts(viaSpdx.sbom())).isEqualTo(facts(original.sbom()));
        assertThat(facts(roundTrip.sbom())).isEqualTo(facts(original.sbom()));
        assertThat(edges(original.sbom())).isNotEmpty();
        assertThat(edges(viaSpdx.sbom())).isEqualTo(edges(original.sbom()));
        assertThat(edges(roundTrip.sbom())).isEqualTo(edges(original.sbom()));
    }

    @Test
    void spdx23WithChecksumsAndLicencesSurvivesConversion() throws Exception {
        Path cdx = dir.resolve("example.cdx.json");

        Stella.Result result = Stella.run("convert", SPDX_EXAMPLE, "--format", "cyclonedx",
                "--output", cdx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Sbom original = load(SPDX_EXAMPLE).sbom();
        Sbom converted = load(cdx.toString()).sbom();
        assertThat(original.components().stream().anyMatch(c -> !c.hashes().isEmpty())).isTrue();
        assertThat(facts(converted)).isEqualTo(facts(original));
        assertThat(edges(converted)).isEqualTo(edges(original));
    }

    @Test
    void operatingSystemComponentKeepsItsTypeThroughSpdx3() throws Exception {
        // a real Trivy CycloneDX SBOM of centos:7, whose OS component feeds distro matching
        String centos = "../shared/corpus/sbom/cyclonedx/trivy-input/centos-7-cyclonedx.json";
        Path spdx = dir.resolve("centos.spdx3.json");

        Stella.Result result = Stella.run("convert", centos, "--format", "spdx",
                "--output", spdx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Sbom back = load(spdx.toString()).sbom();
        assertThat(back.components()).filteredOn(c -> "operating-system".equals(c.type()))
                .extracting(SbomComponent::name).containsExactly("centos");
        assertThat(back.os()).isEqualTo(load(centos).sbom().os());
    }

    @Test
    void outputIsByteStableAndCarriesTheInputsCreationTime() throws Exception {
        Stella.Result first = Stella.run("convert", JUICE_SHOP, "--format", "spdx");
        Stella.Result second = Stella.run("convert", JUICE_SHOP, "--format", "spdx");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        // the bundled SBOM's metadata.timestamp, in canonical UTC form
        assertThat(first.out()).containsPattern("\"created\" ?: ?\"2020-08-03T03:20:53Z\"");
    }

    @Test
    void createdOptionOverridesTheTimeAndIsValidated() {
        Stella.Result set = Stella.run("convert", JUICE_SHOP, "--format", "cyclonedx",
                "--created", "2026-01-31T13:00:00+01:00");
        Stella.Result bad = Stella.run("convert", JUICE_SHOP, "--format", "cyclonedx",
                "--created", "yesterday");

        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("2026-01-31T12:00:00Z");
        assertThat(bad.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(bad.err()).contains("--created must be an RFC 3339 time");
    }

    @Test
    void unreadableInputExitsTwoAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.cdx.json");
        Files.writeString(broken, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", ");
        Path out = dir.resolve("out.json");

        Stella.Result result = Stella.run("convert", broken.toString(), "--format", "spdx",
                "--output", out.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).startsWith("error: " + broken);
        assertThat(out).doesNotExist();
    }

    private static LoadedSbom load(String path) throws Exception {
        return SbomLoader.load(path, "auto", null);
    }

    /** purl, version, hashes and licences of every component, independent of refs. */
    private static Set<String> facts(Sbom sbom) {
        Set<String> facts = new TreeSet<>();
        for (SbomComponent c : sbom.components()) {
            if ("operating-system".equals(c.type())) {
                continue;
            }
            facts.add(c.name() + " | " + c.purl() + " | " + c.version() + " | " + c.hashes()
                    + " | " + c.licenses());
        }
        return facts;
    }

    /** Dependency edges named by purl (or name) rather than by the format's own refs. */
    private static Set<String> edges(Sbom sbom) {
        Map<String, String> names = new HashMap<>();
        sbom.components().forEach(c -> names.put(c.ref(),
                c.purl() != null ? c.purl() : c.name() + "@" + c.version()));
        Set<String> edges = new TreeSet<>();
        sbom.dependencies().forEach((from, targets) -> targets.forEach(to -> edges.add(
                names.getOrDefault(from, "?" ) + " -> " + names.getOrDefault(to, "?"))));
        return edges;
    }
}
