// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionSchemesTest {

    static Stream<Arguments> ecosystemsWithSuffixes() {
        return Stream.of(
                Arguments.of("npm", SemVerScheme.INSTANCE),
                Arguments.of("crates.io", SemVerScheme.INSTANCE),
                Arguments.of("Hex", SemVerScheme.INSTANCE),
                Arguments.of("Pub", SemVerScheme.INSTANCE),
                Arguments.of("Bitnami", SemVerScheme.INSTANCE),
                Arguments.of("Go", GoScheme.INSTANCE),
                Arguments.of("Maven", MavenScheme.INSTANCE),
                Arguments.of("Maven:https://maven.google.com", MavenScheme.INSTANCE),
                Arguments.of("PyPI", Pep440Scheme.INSTANCE),
                Arguments.of("NuGet", NuGetScheme.INSTANCE),
                Arguments.of("RubyGems", RubyGemsScheme.INSTANCE),
                Arguments.of("Packagist:https://packages.drupal.org/8", ComposerScheme.INSTANCE),
                Arguments.of("Debian:12", DpkgScheme.INSTANCE),
                Arguments.of("Debian:sid", DpkgScheme.INSTANCE),
                Arguments.of("Ubuntu:22.04:LTS", DpkgScheme.INSTANCE),
                Arguments.of("Ubuntu:Pro:18.04:LTS", DpkgScheme.INSTANCE),
                Arguments.of("Alpine:v3.20", ApkScheme.INSTANCE),
                Arguments.of("Wolfi", ApkScheme.INSTANCE),
                Arguments.of("Chainguard", ApkScheme.INSTANCE),
                Arguments.of("Red Hat:enterprise_linux:9::appstream", RpmScheme.INSTANCE),
                Arguments.of("AlmaLinux:9", RpmScheme.INSTANCE),
                Arguments.of("Rocky Linux:9", RpmScheme.INSTANCE),
                Arguments.of("SUSE:Linux Enterprise Server 15 SP5", RpmScheme.INSTANCE),
                Arguments.of("openSUSE:Leap 15.5", RpmScheme.INSTANCE),
                Arguments.of("Amazon Linux:2023", RpmScheme.INSTANCE),
                Arguments.of("Photon OS:5.0", RpmScheme.INSTANCE),
                Arguments.of("Azure Linux:3", RpmScheme.INSTANCE),
                Arguments.of("Mariner:2.0", RpmScheme.INSTANCE),
                Arguments.of("Root:Debian:12", DpkgScheme.INSTANCE),
                Arguments.of("Root:Alpine:3.18", ApkScheme.INSTANCE),
                Arguments.of("Root:PyPI", Pep440Scheme.INSTANCE),
                Arguments.of("TuxCare:Red Hat", RpmScheme.INSTANCE),
                Arguments.of("Docker Hardened Images:Debian:trixie", DpkgScheme.INSTANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ecosystemsWithSuffixes")
    void findsSchemeDespiteSuffix(String ecosystem, VersionScheme<?> expected) {
        assertThat(VersionSchemes.forEcosystem(ecosystem)).isSameAs(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "", "GIT", "Android", "Linux", "OSS-Fuzz", "Root", "TuxCare", "TuxCare:8", "NPM", "debian",
        "Gentoo", ":Debian"
    })
    void findsNoSchemeForUnorderedOrUnknownEcosystems(String ecosystem) {
        assertThat(VersionSchemes.forEcosystem(ecosystem)).isNull();
    }

    @Test
    void findsNoSchemeForNullEcosystem() {
        assertThat(VersionSchemes.forEcosystem(null)).isNull();
    }

    static Stream<Arguments> rangeTypes() {
        return Stream.of(
                Arguments.of("SEMVER", "Go", GoScheme.INSTANCE),
                Arguments.of("SEMVER", "npm", SemVerScheme.INSTANCE),
                Arguments.of("SEMVER", "crates.io", SemVerScheme.INSTANCE),
                Arguments.of("SEMVER", "Bitnami", SemVerScheme.INSTANCE),
                Arguments.of("SEMVER", "Kubernetes", SemVerScheme.INSTANCE),
                Arguments.of("SEMVER", null, SemVerScheme.INSTANCE),
                Arguments.of("ECOSYSTEM", "Go", GoScheme.INSTANCE),
                Arguments.of("ECOSYSTEM", "Bitnami", SemVerScheme.INSTANCE),
                Arguments.of("ECOSYSTEM", "Maven", MavenScheme.INSTANCE),
                Arguments.of("ECOSYSTEM", "AlmaLinux:8", RpmScheme.INSTANCE),
                Arguments.of("ECOSYSTEM", "Debian:12", DpkgScheme.INSTANCE));
    }

    @ParameterizedTest(name = "{0} range of {1}")
    @MethodSource("rangeTypes")
    void findsSchemeForRange(String type, String ecosystem, VersionScheme<?> expected) {
        assertThat(VersionSchemes.forRangeType(type, ecosystem)).isSameAs(expected);
    }

    @Test
    void findsNoSchemeForGitOrUnknownRanges() {
        assertThat(VersionSchemes.forRangeType("GIT", "Linux")).isNull();
        assertThat(VersionSchemes.forRangeType("GIT", null)).isNull();
        assertThat(VersionSchemes.forRangeType("ECOSYSTEM", "Android")).isNull();
        assertThat(VersionSchemes.forRangeType("DATE", "npm")).isNull();
        assertThat(VersionSchemes.forRangeType(null, "npm")).isNull();
    }

    /** Every name of osv-schema's ecosystems.json has a scheme or a stated reason for none. */
    @Test
    void coversEveryOfficialEcosystem() throws IOException {
        Path list = Path.of(System.getProperty("stella.corpus"),
                "reference", "osv-schema", "ecosystems.json");
        List<String> uncovered = new ArrayList<>();
        new ObjectMapper().readTree(list.toFile()).fieldNames().forEachRemaining(name -> {
            boolean covered = VersionSchemes.forEcosystem(name) != null
                    || VersionSchemes.WRAPPERS.contains(name)
                    || VersionSchemes.UNORDERED.containsKey(name);
            if (!covered) {
                uncovered.add(name);
            }
        });

        assertThat(uncovered).isEmpty();
    }

    @Test
    void listsNoEcosystemAsBothOrderedAndUnordered() {
        assertThat(VersionSchemes.UNORDERED.keySet())
                .allSatisfy(name -> assertThat(VersionSchemes.forEcosystem(name)).isNull());
    }
}
