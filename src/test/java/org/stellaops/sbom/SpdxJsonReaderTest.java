// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPDX 2.2 / 2.3 JSON against real documents. Every count and value asserted here was read
 * off the file with python3 (json module) independently of this reader.
 */
class SpdxJsonReaderTest {

    private static final Path SPDX = Path.of(System.getProperty("stella.corpus"), "sbom", "spdx");
    /** The SPDX 2.3 specification's own JSON example (spdx/spdx-spec). */
    static final String SPEC_EXAMPLE = "spdx-spec-2.3/SPDXJSONExample-v2.3.spdx.json";
    /** A Konflux build SBOM of ubi9 (syft + hermeto), 1532 packages (quay/claircore). */
    private static final String KONFLUX = "claircore/konflux-syft+hermeto.spdx.json";
    /** claircore's encoding of ubi8-micro: a Red Hat distribution package, source rpms. */
    private static final String UBI8_MICRO = "claircore/ubi8-micro.spdx.json";
    /** Trivy's SPDX 2.2 of centos:7 (aquasecurity/trivy integration input). */
    private static final String TRIVY_CENTOS = "trivy-input/centos-7-spdx.json";
    /** Syft's SPDX 2.2 of chronicle, which repeats 60 SPDX ids (bom-shelter). */
    private static final String CHRONICLE = "bom-shelter/chronicle-sbom.spdx.json";

    @Test
    void readsTheSpecExamplePackagesButNotItsFiles() throws Exception {
        Sbom sbom = read(SPEC_EXAMPLE);

        assertThat(sbom.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(sbom.subjectName()).isEqualTo("SPDX-Tools-v2.0");
        // documentDescribes names a file and glibc; only the package counts
        assertThat(sbom.subjectVersion()).isEqualTo("2.11.1");
        assertThat(sbom.created()).isEqualTo("2010-01-29T18:30:22Z");
        assertThat(sbom.components()).extracting(SbomComponent::ref).containsExactly(
                "SPDXRef-Package", "SPDXRef-fromDoap-1", "SPDXRef-fromDoap-0", "SPDXRef-Saxon");
        SbomComponent glibc = sbom.components().get(0);
        assertThat(glibc.name()).isEqualTo("glibc");
        assertThat(glibc.version()).isEqualTo("2.11.1");
        assertThat(glibc.type()).isEqualTo("source");
        assertThat(glibc.cpes()).containsExactly(
                "cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*");
        assertThat(glibc.hashes()).containsOnlyKeys("MD5", "SHA-1", "SHA-256", "BLAKE2B-384")
                .containsEntry("SHA-1", "85ed0817af83a24ad8da68c2b5094de69833983c");
        // declared wins over concluded ((LGPL-2.0-only OR LicenseRef-3))
        assertThat(glibc.licenses()).containsExactly("(LGPL-2.0-only AND LicenseRef-3)");
        assertThat(sbom.components().get(1).licenses()).isEmpty(); // NOASSERTION twice
        assertThat(sbom.components().get(2).purl())
                .isEqualTo("pkg:maven/org.apache.jena/apache-jena@3.12.0");
        assertThat(sbom.components().get(3).licenses()).containsExactly("MPL-1.0");
        // DYNAMIC_LINK is not a dependency; SPDXRef-JenaLib CONTAINS glibc, but JenaLib is a file
        assertThat(sbom.dependencies()).isEmpty();
        assertThat(sbom.components()).allMatch(c -> c.parentRef() == null);
        assertThat(sbom.os()).isNull();
        assertThat(sbom.warnings()).isEmpty();
    }

    @Test
    void readsKonfluxImageSbomWithItsGraphAndDistro() throws Exception {
        Sbom sbom = read(KONFLUX);

        assertThat(sbom.components()).hasSize(1532).allMatch(c -> c.purl() != null);
        assertThat(sbom.components().stream().filter(c -> c.parentRef() != null)).hasSize(1529);
        assertThat(sbom.dependencies()).hasSize(180);
        assertThat(sbom.dependencies().values().stream().mapToInt(List::size).sum()).isEqualTo(718);
        assertThat(sbom.components().stream().filter(c -> !c.licenses().isEmpty())).hasSize(206);
        // syft writes no OS package: the distro comes from the 188 rpm purls that name it
        assertThat(sbom.os()).isEqualTo(new OsInfo("rhel", "9.7"));
        assertThat(sbom.components()).noneMatch(c -> "operating-system".equals(c.type()));
        String image = "SPDXRef-image-ubi9-9-7-"
                + "ad76d826ad41cbb3095cf703e1cfe88610e4c7d688e0206a22bfc505d8ecb0a7";
        assertThat(sbom.subjectVersion()).isEqualTo("3e794df56e99dd97dc87933feb0fbd960b8c9ca7"
                + "-linux-x86-64");
        SbomComponent acl = byRef(sbom, "SPDXRef-Package-rpm-acl-90adf6fb45a677e1");
        assertThat(acl.version()).isEqualTo("2.3.1-4.el9");
        assertThat(acl.purl()).isEqualTo("pkg:rpm/redhat/acl@2.3.1-4.el9?arch=x86_64"
                + "&distro=rhel-9.7&upstream=acl-2.3.1-4.el9.src.rpm");
        assertThat(acl.cpes()).hasSize(2).first().asString().startsWith("cpe:2.3:a:redhat:acl");
        assertThat(acl.licenses()).containsExactly("LicenseRef-GPLv2-");
        assertThat(acl.parentRef()).isEqualTo(image);
        // DEPENDENCY_OF edges, read the other way round
        assertThat(sbom.dependencies().get(acl.ref())).containsExactly(
                "SPDXRef-Package-rpm-glibc-6065213b0177c343",
                "SPDXRef-Package-rpm-libacl-efaae8c603855dcd");
    }

    @Test
    void findsRedHatDistributionPackageAndSourceRpms() throws Exception {
        Sbom sbom = read(UBI8_MICRO);

        assertThat(sbom.components()).hasSize(41);
        assertThat(sbom.os()).isEqualTo(new OsInfo("rhel", "8"));
        SbomComponent os = byRef(sbom, "SPDXRef-Distribution-6");
        assertThat(os.type()).isEqualTo("operating-system");
        assertThat(os.name()).isEqualTo("Red Hat Enterprise Linux Server");
        assertThat(os.cpes()).containsExactly("cpe:2.3:o:redhat:enterprise_linux:8:*:*:*:*:*:*:*");
        SbomComponent tzdata = byRef(sbom, "SPDXRef-Package-1844");
        assertThat(tzdata.type()).isEqualTo("application");
        // GENERATED_FROM the SOURCE package SPDXRef-Package-1843
        assertThat(tzdata.sourceName()).isEqualTo("tzdata");
        assertThat(tzdata.sourceVersion()).isEqualTo("2024b-4.el8");
        // CONTAINED_BY the distribution first, then two repositories: the first wins
        assertThat(tzdata.parentRef()).isEqualTo("SPDXRef-Distribution-6");
        assertThat(sbom.components().stream().filter(c -> c.parentRef() != null)).hasSize(21);
    }

    @Test
    void findsTrivyOperatingSystemPackageAndLayers() throws Exception {
        Sbom sbom = read(TRIVY_CENTOS);

        assertThat(sbom.specVersion()).isEqualTo("SPDX-2.2");
        assertThat(sbom.os()).isEqualTo(new OsInfo("centos", "7.6.1810"));
        SbomComponent os = byRef(sbom, "SPDXRef-OperatingSystem-2e91c856c499a371");
        assertThat(os.type()).isEqualTo("operating-system");
        SbomComponent openssl = byRef(sbom, "SPDXRef-Package-e16b1cbaa5186199");
        assertThat(openssl.version()).isEqualTo("1:1.0.2k-19.el7");
        assertThat(openssl.sourceName()).isEqualTo("openssl-libs");
        assertThat(openssl.sourceVersion()).isEqualTo("1:1.0.2k-16.el7");
        assertThat(openssl.location()).isEqualTo(
                "sha256:ac9208207adaac3a48e54a4dc6b49c69e78c3072d2b3add7efdabf814db2133b");
        assertThat(openssl.licenses()).containsExactly("OpenSSL");
        assertThat(openssl.parentRef()).isEqualTo(os.ref());
        assertThat(os.parentRef()).isEqualTo("SPDXRef-ContainerImage-dd5cad897c6263");
    }

    @Test
    void keepsRepeatedSpdxIdsOfARealSbomWithWarnings() throws Exception {
        Sbom sbom = read(CHRONICLE);

        // 575 packages; 60 ids repeat, 312 packages beyond the first of each
        assertThat(sbom.components()).hasSize(575);
        assertThat(sbom.components().stream().map(SbomComponent::ref).distinct()).hasSize(575);
        String winio = "SPDXRef-Package-go-module-github.com/Microsoft/go-winio-v0.4.16";
        assertThat(sbom.components().get(26).ref()).isEqualTo(winio);
        assertThat(sbom.components().get(27).ref()).isEqualTo(winio + "#2");
        assertThat(sbom.warnings()).hasSize(21);
        assertThat(sbom.warnings().get(0)).contains("duplicate SPDX id '" + winio + "'");
        assertThat(sbom.warnings().get(20)).contains("292 more duplicate SPDX ids");
    }

    @Test
    void duplicateIdsKeepBothAndRelationshipsNameTheFirst() throws Exception {
        Sbom sbom = parse("""
                {"spdxVersion": "SPDX-2.3", "name": "dups",
                 "relationships": [
                   {"spdxElementId": "SPDXRef-a", "relationshipType": "DEPENDS_ON",
                    "relatedSpdxElement": "SPDXRef-b"}],
                 "packages": [
                   {"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "1"},
                   {"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "2"},
                   {"SPDXID": "SPDXRef-b", "name": "b"}]}
                """);

        assertThat(sbom.components()).extracting(SbomComponent::ref)
                .containsExactly("SPDXRef-a", "SPDXRef-a#2", "SPDXRef-b");
        assertThat(sbom.dependencies()).containsOnly(Map.entry("SPDXRef-a", List.of("SPDXRef-b")));
        assertThat(sbom.warnings()).singleElement().asString()
                .isEqualTo("mem.json: duplicate SPDX id 'SPDXRef-a': kept both, the later one as "
                        + "'SPDXRef-a#2'; relationships name the first");
    }

    @Test
    void keepsDependencyCyclesButNeverNestsInACycle() throws Exception {
        Sbom sbom = parse("""
                {"spdxVersion": "SPDX-2.3",
                 "packages": [{"SPDXID": "SPDXRef-a"}, {"SPDXID": "SPDXRef-b"}],
                 "relationships": [
                   {"spdxElementId": "SPDXRef-a", "relationshipType": "DEPENDS_ON",
                    "relatedSpdxElement": "SPDXRef-b"},
                   {"spdxElementId": "SPDXRef-a", "relationshipType": "DEPENDENCY_OF",
                    "relatedSpdxElement": "SPDXRef-b"},
                   {"spdxElementId": "SPDXRef-a", "relationshipType": "CONTAINS",
                    "relatedSpdxElement": "SPDXRef-b"},
                   {"spdxElementId": "SPDXRef-b", "relationshipType": "CONTAINS",
                    "relatedSpdxElement": "SPDXRef-a"}]}
                """);

        assertThat(sbom.dependencies()).containsOnly(
                Map.entry("SPDXRef-a", List.of("SPDXRef-b")),
                Map.entry("SPDXRef-b", List.of("SPDXRef-a")));
        assertThat(sbom.components()).extracting(SbomComponent::parentRef)
                .containsExactly(null, "SPDXRef-a");
        assertThat(sbom.warnings()).singleElement().asString()
                .contains("'SPDXRef-b' CONTAINS 'SPDXRef-a' would nest a package inside itself");
    }

    @Test
    void concludedLicenceStandsInForNoAssertionAndUnknownHashesAreNamed() throws Exception {
        Sbom sbom = parse("""
                {"spdxVersion": "SPDX-2.3", "packages": [
                  {"SPDXID": "SPDXRef-x", "licenseDeclared": "NOASSERTION",
                   "licenseConcluded": "MIT", "primaryPackagePurpose": "OPERATING_SYSTEM",
                   "name": "Debian GNU/Linux", "versionInfo": "12",
                   "checksums": [{"algorithm": "SHA224", "checksumValue": "AB"},
                                 {"algorithm": "SHA3-256", "checksumValue": "CD"}]}]}
                """);

        SbomComponent x = sbom.components().get(0);
        assertThat(x.licenses()).containsExactly("MIT");
        assertThat(x.hashes()).containsExactly(Map.entry("SHA3-256", "cd"));
        assertThat(x.type()).isEqualTo("operating-system");
        assertThat(sbom.os()).isEqualTo(new OsInfo("debian", "12"));
        assertThat(sbom.warnings()).containsExactly(
                "mem.json: hashes dropped, no CycloneDX name for SHA224");
    }

    @Test
    void truncatedDocumentNamesLineAndColumn() throws Exception {
        byte[] whole = Files.readAllBytes(SPDX.resolve(SPEC_EXAMPLE));
        InputStream cut = new ByteArrayInputStream(Arrays.copyOf(whole, 5000));

        // byte 5000 falls inside a licence text on line 29 (python3: 29 lines, 823 chars)
        assertThatThrownBy(() -> new SpdxJsonReader().read(cut, "cut.json"))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("cut.json at line 29, column ")
                .hasMessageContaining("malformed JSON: Unexpected end-of-input");
    }

    @Test
    void packagesThatAreNotAnArrayAreRefusedWithTheReason() {
        assertThatThrownBy(() -> parse("{\"spdxVersion\": \"SPDX-2.3\",\n"
                + "  \"packages\": {\"SPDXID\": \"SPDXRef-a\"}}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 2, column 15: 'packages' must be an array, not an "
                        + "object");
    }

    @Test
    void externalRefsThatAreNotAnArrayNameThePackage() {
        assertThatThrownBy(() -> parse("{\"spdxVersion\": \"SPDX-2.3\", \"packages\": [\n"
                + "  {\"SPDXID\": \"SPDXRef-a\", \"externalRefs\": \"pkg:npm/a@1\"}]}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json at line 2, column 3: package 'SPDXRef-a': 'externalRefs' "
                        + "must be an array");
    }

    @Test
    void unknownSpdxVersionIsRefused() {
        assertThatThrownBy(() -> parse("{\"packages\": [], \"spdxVersion\": \"SPDX-2.4\"}"))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("mem.json at line 1, column 33: unsupported spdxVersion "
                        + "'SPDX-2.4'");
        assertThatThrownBy(() -> parse("{\"packages\": []}"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.json: not an SPDX 2 JSON document: no spdxVersion");
    }

    static SbomComponent byRef(Sbom sbom, String ref) {
        return sbom.components().stream().filter(c -> c.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + ref));
    }

    private static Sbom read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(SPDX.resolve(file))) {
            return new SpdxJsonReader().read(in, file);
        }
    }

    private static Sbom parse(String json) throws SbomException {
        return new SpdxJsonReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mem.json");
    }
}
