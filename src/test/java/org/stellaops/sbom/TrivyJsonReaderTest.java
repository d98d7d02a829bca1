// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trivy JSON v2 against Trivy's own integration goldens (aquasecurity/trivy
 * integration/testdata). Expected values were read off the files with python3. The goldens
 * of OS images were written without {@code --list-all-pkgs}: they list vulnerabilities but
 * no packages, so the one report with an OS package list is a fixture below, shaped as Trivy
 * writes it.
 */
class TrivyJsonReaderTest {

    private static final Path TRIVY = Path.of(System.getProperty("stella.corpus"), "sbom",
            "trivy-json");

    @Test
    void alpineImageWithoutPackageListTakesTheVulnerablePackages() throws Exception {
        Sbom sbom = read("alpine-39.json.golden");

        assertThat(sbom.format()).isEqualTo(SbomFormat.TRIVY_JSON_V2);
        assertThat(sbom.specVersion()).isEqualTo("2");
        assertThat(sbom.subjectName()).isEqualTo("testdata/fixtures/images/alpine-39.tar.gz");
        assertThat(sbom.created()).isEqualTo("2021-08-25T12:20:30.000000005Z");
        assertThat(sbom.os()).isEqualTo(new OsInfo("alpine", "3.9.4"));
        // six vulnerabilities name four packages
        assertThat(sbom.components()).extracting(SbomComponent::ref).containsExactly(
                "libcrypto1.1@1.1.1b-r1", "libssl1.1@1.1.1b-r1", "musl@1.1.20-r4",
                "musl-utils@1.1.20-r4");
        SbomComponent musl = sbom.components().get(2);
        assertThat(musl.name()).isEqualTo("musl");
        assertThat(musl.version()).isEqualTo("1.1.20-r4");
        assertThat(musl.type()).isEqualTo("alpine");
        assertThat(musl.purl()).isEqualTo("pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4");
        assertThat(musl.location()).isEqualTo(
                "sha256:e7c96db7181be991f19a9fb6975cdbbd73c65f4a2681348e63a141a2192a5f10");
        assertThat(sbom.warnings()).singleElement().asString().isEqualTo(
                "alpine-39.json.golden: result 'testdata/fixtures/images/alpine-39.tar.gz (alpine "
                + "3.9.4)' lists no Packages (a report without --list-all-pkgs): its 4 components "
                + "are the packages its vulnerabilities name; packages without a known "
                + "vulnerability are missing");
    }

    @Test
    void rpmVersionKeepsItsEpoch() throws Exception {
        Sbom sbom = read("centos-7.json.golden");

        assertThat(sbom.os()).isEqualTo(new OsInfo("centos", "7.6.1810"));
        assertThat(sbom.components()).extracting(SbomComponent::version)
                .containsExactly("4.2.46-31.el7", "1:1.0.2k-16.el7");
        assertThat(sbom.components().get(1).purl()).isEqualTo("pkg:rpm/centos/openssl-libs@"
                + "1.0.2k-16.el7?arch=x86_64&distro=centos-7.6.1810&epoch=1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            almalinux-8.json.golden        | almalinux     | 8.5       | 1
            ubi-7.json.golden              | rhel          | 7.7       | 1
            debian-buster.json.golden      | debian        | 10.1      | 2
            amazon-2.json.golden           | amzn          | 2 (Karoo) | 1
            oraclelinux-8.json.golden      | ol            | 8.0       | 1
            mariner-1.0.json.golden        | mariner       | 1.0       | 1
            opensuse-leap-151.json.golden  | opensuse-leap | 15.1      | 2
            """)
    void namesTheOsAsOsReleaseDoes(String file, String id, String version, int packages)
            throws Exception {
        Sbom sbom = read(file);

        assertThat(sbom.os()).isEqualTo(new OsInfo(id, version));
        assertThat(sbom.components()).hasSize(packages);
    }

    @Test
    void lockfileReportWithoutVulnerabilitiesKeepsItsGraph() throws Exception {
        Sbom sbom = read("cargo.lock.json.golden");

        assertThat(sbom.os()).isNull();
        assertThat(sbom.warnings()).isEmpty();
        assertThat(sbom.components()).hasSize(7).allMatch(c -> c.type().equals("cargo"));
        assertThat(sbom.components().get(0).purl()).isEqualTo("pkg:cargo/app@0.1.0");
        assertThat(sbom.dependencies()).containsOnly(
                Map.entry("app@0.1.0", List.of("memchr@1.0.2", "regex@1.7.3")),
                Map.entry("memchr@1.0.2", List.of("libc@0.2.171")),
                Map.entry("regex@1.7.3",
                        List.of("aho-corasick@0.7.20", "memchr@2.7.4", "regex-syntax@0.6.29")),
                Map.entry("aho-corasick@0.7.20", List.of("memchr@2.7.4")));
    }

    @Test
    void npmReportWithVulnerabilitiesReadsPackagesOnly() throws Exception {
        Sbom sbom = read("npm-with-dev.json.golden");

        assertThat(sbom.components()).hasSize(13);
        assertThat(sbom.warnings()).isEmpty();
        assertThat(sbom.components().stream().filter(c -> c.licenses().equals(List.of("MIT"))))
                .extracting(SbomComponent::ref).containsExactly("jquery@3.3.9", "promise@8.0.3",
                        "react@16.8.6", "react-is@16.8.6", "redux@4.0.1", "z-lock@1.0.0");
        assertThat(sbom.dependencies()).hasSize(6);
        assertThat(sbom.dependencies().get("react@16.8.6")).containsExactly("loose-envify@1.4.0",
                "object-assign@4.1.1", "prop-types@15.7.2", "scheduler@0.13.6");
    }

    @Test
    void everyResultWithoutPackagesIsNamed() throws Exception {
        Sbom sbom = read("fluentd-multiple-lockfiles.json.golden");

        assertThat(sbom.components()).extracting(SbomComponent::ref, SbomComponent::type)
                .containsExactly(Tuple.tuple("bash@5.0-4", "debian"),
                        Tuple.tuple("libidn2-0@2.0.5-1", "debian"),
                        Tuple.tuple("activesupport@6.0.2.1", "gemspec"));
        assertThat(sbom.warnings()).hasSize(2);
        assertThat(sbom.warnings().get(1)).contains("result 'Ruby' lists no Packages");
    }

    @Test
    void fullPackageListWithSourcesLayersAndDuplicates() throws Exception {
        Sbom sbom = parse("""
                {"SchemaVersion": 2, "CreatedAt": "2024-05-01T10:00:00Z",
                 "ArtifactName": "registry.example/app:1", "ArtifactType": "container_image",
                 "Metadata": {"OS": {"Family": "redhat", "Name": "9.3"},
                              "ImageConfig": {"config": {"Env": ["A=B"]}}},
                 "Results": [
                  {"Target": "registry.example/app:1 (redhat 9.3)", "Class": "os-pkgs",
                   "Packages": [
                    {"ID": "openssl-libs@3.0.7-24.el9.x86_64", "Name": "openssl-libs",
                     "Identifier": {"PURL": "pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?epoch=1",
                                    "UID": "aa11"},
                     "Version": "3.0.7", "Release": "24.el9", "Epoch": 1, "Arch": "x86_64",
                     "SrcName": "openssl", "SrcVersion": "3.0.7", "SrcRelease": "24.el9",
                     "SrcEpoch": 1, "Licenses": ["ASL 2.0"],
                     "DependsOn": ["glibc@2.34-83.el9.x86_64"], "Digest": "md5:ABC",
                     "Layer": {"Digest": "sha256:d1", "DiffID": "sha256:f1"}},
                    {"ID": "glibc@2.34-83.el9.x86_64", "Name": "glibc", "Version": "2.34",
                     "Release": "83.el9", "Layer": {"DiffID": "sha256:f1"}}],
                   "Vulnerabilities": [{"VulnerabilityID": "CVE-2023-0001", "PkgID": "bash@5",
                     "PkgName": "bash", "InstalledVersion": "5"}],
                   "Type": "redhat"},
                  {"Target": "app/package-lock.json", "Class": "lang-pkgs", "Type": "npm",
                   "Packages": [{"ID": "lodash@4.17.21", "Name": "lodash", "Version": "4.17.21",
                     "FilePath": "app/package-lock.json", "DependsOn": ["missing@1"]}]},
                  {"Target": "other/package-lock.json", "Class": "lang-pkgs", "Type": "npm",
                   "Packages": [{"ID": "lodash@4.17.21", "Name": "lodash", "Version": "4.17.21"},
                     {"ID": "app@1", "Name": "app", "Version": "1",
                      "DependsOn": ["lodash@4.17.21"]}]}]}
                """);

        assertThat(sbom.os()).isEqualTo(new OsInfo("rhel", "9.3"));
        assertThat(sbom.subjectName()).isEqualTo("registry.example/app:1");
        assertThat(sbom.components()).extracting(SbomComponent::ref).containsExactly(
                "openssl-libs@3.0.7-24.el9.x86_64", "glibc@2.34-83.el9.x86_64", "lodash@4.17.21",
                "lodash@4.17.21#2", "app@1");
        SbomComponent openssl = sbom.components().get(0);
        assertThat(openssl.type()).isEqualTo("redhat"); // Type came after Packages
        assertThat(openssl.version()).isEqualTo("1:3.0.7-24.el9");
        assertThat(openssl.sourceName()).isEqualTo("openssl");
        assertThat(openssl.sourceVersion()).isEqualTo("1:3.0.7-24.el9");
        assertThat(openssl.licenses()).containsExactly("ASL 2.0");
        assertThat(openssl.hashes()).containsExactly(Map.entry("MD5", "abc"));
        assertThat(openssl.location()).isEqualTo("sha256:d1");
        assertThat(sbom.components().get(1).location()).isEqualTo("sha256:f1");
        assertThat(sbom.components().get(2).location()).isEqualTo("app/package-lock.json");
        // DependsOn resolves within its own result first
        assertThat(sbom.dependencies()).containsOnly(
                Map.entry("openssl-libs@3.0.7-24.el9.x86_64", List.of("glibc@2.34-83.el9.x86_64")),
                Map.entry("app@1", List.of("lodash@4.17.21#2")));
        assertThat(sbom.warnings()).containsExactly(
                "mem.json: duplicate package ID 'lodash@4.17.21': kept both, the later one as "
                        + "'lodash@4.17.21#2'",
                "mem.json: 1 DependsOn entries name no package of the report: left out");
    }

    @Test
    void refusesWhatIsNotAVersionTwoReport() {
        assertThatThrownBy(() -> parse("{\"SchemaVersion\": 2, \"Results\": [\n  {\"Target\": "))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("mem.json at line 2, column ")
                .hasMessageContaining("malformed JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> parse("{\"SchemaVersion\": 2, \"Results\": {}}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 1, column 33: 'Results' must be an array, not an "
                        + "object");
        assertThatThrownBy(() -> parse("{\"SchemaVersion\": 2, \"Results\": [{\"Packages\": "
                + "[\"lodash\"]}]}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 1, column 48: each entry of 'Packages' must be an "
                        + "object, not a string");
        assertThatThrownBy(() -> parse("{\"SchemaVersion\": 1, \"Results\": []}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 1, column 19: unsupported SchemaVersion 1: only "
                        + "Trivy's SchemaVersion 2 is read");
        assertThatThrownBy(() -> parse("[{\"Target\": \"package-lock.json\"}]"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 1, column 1: not a Trivy JSON report: the top level "
                        + "is an array, not an object");
    }

    private static Sbom read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(TRIVY.resolve(file))) {
            return new TrivyJsonReader().read(in, file);
        }
    }

    private static Sbom parse(String json) throws SbomException {
        return new TrivyJsonReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mem.json");
    }
}
