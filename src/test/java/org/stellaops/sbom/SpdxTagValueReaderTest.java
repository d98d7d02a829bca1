// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPDX tag-value against real documents. Counts were read off the files with a separate
 * python3 tag-value parser (PackageName opens a package, text blocks joined).
 */
class SpdxTagValueReaderTest {

    private static final Path SPDX = Path.of(System.getProperty("stella.corpus"), "sbom", "spdx");
    /** The SPDX 2.3 specification's tag-value example: the same document as its JSON one. */
    private static final String SPEC_EXAMPLE = "spdx-spec-2.3/SPDXTagExample-v2.3.spdx";
    /** Istio 1.13.1's release SBOM (sigs.k8s.io/bom, SPDX 2.2), 3461 packages (bom-shelter). */
    private static final String ISTIO = "bom-shelter/istio-release.spdx";
    /** ChartMuseum's SBOM: DEPENDS_ON edges and 144 multi-line text blocks (bom-shelter). */
    private static final String CHARTMUSEUM = "bom-shelter/chartmuseum-v0.14.0.spdx";

    @Test
    void specExampleReadsLikeItsJsonTwin() throws Exception {
        Sbom tagValue = read(SPEC_EXAMPLE);
        Sbom json;
        try (InputStream in = Files.newInputStream(SPDX.resolve(SpdxJsonReaderTest.SPEC_EXAMPLE))) {
            json = new SpdxJsonReader().read(in, "json");
        }

        assertThat(tagValue.format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
        assertThat(tagValue.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(tagValue.subjectName()).isEqualTo("SPDX-Tools-v2.0");
        assertThat(tagValue.subjectVersion()).isEqualTo("2.11.1");
        assertThat(tagValue.created()).isEqualTo("2010-01-29T18:30:22Z");
        assertThat(sorted(tagValue)).isEqualTo(sorted(json)).hasSize(4);
        SbomComponent glibc = tagValue.components().get(0);
        assertThat(glibc.ref()).isEqualTo("SPDXRef-Package");
        assertThat(glibc.type()).isEqualTo("source");
        assertThat(glibc.hashes()).containsEntry("BLAKE2B-384", "aaabd89c926ab525c242e6621f2f5fa7"
                + "3aa4afe3d9e24aed727faaadd6af38b620bdb623dd2b4788b1c8086984af8706");
        assertThat(glibc.licenses()).containsExactly("(LGPL-2.0-only AND LicenseRef-3)");
        assertThat(SpdxJsonReaderTest.byRef(tagValue, "SPDXRef-fromDoap-0").purl())
                .isEqualTo("pkg:maven/org.apache.jena/apache-jena@3.12.0");
        assertThat(tagValue.warnings()).isEmpty();
    }

    @Test
    void readsIstioReleaseNesting() throws Exception {
        Sbom sbom = read(ISTIO);

        assertThat(sbom.specVersion()).isEqualTo("SPDX-2.2");
        assertThat(sbom.subjectName()).isEqualTo("Istio Release 1.13.1");
        assertThat(sbom.components()).hasSize(3461);
        assertThat(sbom.components().get(0).ref())
                .isEqualTo("SPDXRef-Package-istio-app-1.13.1-debug");
        assertThat(sbom.components().stream().filter(c -> c.parentRef() != null)).hasSize(3428);
        assertThat(sbom.components().stream().filter(c -> !c.hashes().isEmpty())).hasSize(280);
        // every licence in the file is NOASSERTION
        assertThat(sbom.components()).allMatch(c -> c.licenses().isEmpty());
        SbomComponent last = sbom.components().get(3460);
        assertThat(last.name()).isEqualTo("blobs/sha256/"
                + "d0d47673ebcef680c9a91c64675fd880680866593d7bb3291c734c47fe112906");
        assertThat(last.hashes()).containsOnlyKeys("SHA-1", "SHA-256", "SHA-512")
                .containsEntry("SHA-1", "f8ea96f65b3bb75928dfb44b8ffd28b986e4a3c0");
        assertThat(last.parentRef()).isEqualTo("SPDXRef-Package-istio-install-cni-1.13.1-debug");
        assertThat(sbom.dependencies()).isEmpty();
    }

    @Test
    void readsChartMuseumDependenciesAcrossTextBlocks() throws Exception {
        Sbom sbom = read(CHARTMUSEUM);

        assertThat(sbom.components()).hasSize(177);
        assertThat(sbom.components().stream().filter(c -> !c.licenses().isEmpty())).hasSize(145);
        assertThat(sbom.components().stream().filter(c -> c.parentRef() != null)).hasSize(20);
        assertThat(sbom.dependencies()).containsOnlyKeys("SPDXRef-Package-chartmuseum");
        List<String> deps = sbom.dependencies().get("SPDXRef-Package-chartmuseum");
        assertThat(deps).hasSize(155).first()
                .isEqualTo("SPDXRef-Package-go.uber.org-atomicC64v1.7.0");
        // the last package: declared NOASSERTION, so the concluded licence stands
        SbomComponent inf = sbom.components().get(176);
        assertThat(inf.ref()).isEqualTo("SPDXRef-Package-gopkg.in-inf.v0C64v0.9.1");
        assertThat(inf.version()).isEqualTo("v0.9.1");
        assertThat(inf.licenses()).containsExactly("BSD-3-Clause");
    }

    @Test
    void multiLineTextValuesAndTrivyAnnotations() throws Exception {
        Sbom sbom = parse("""
                SPDXVersion: SPDX-2.3
                DocumentName: text
                Created: 2024-01-01T00:00:00Z

                PackageName: openssl
                SPDXID: SPDXRef-Package-1
                PackageVersion: 1.1.1q
                PackageSourceInfo: <text>built package from: openssl
                1.1.1q-r0 spans lines</text>
                PackageCopyrightText: <text>a line without a colon
                Key: looks like a tag
                </text>
                ExternalRef: PACKAGE_MANAGER purl pkg:apk/alpine/openssl@1.1.1q?distro=3.16.2
                PackageChecksum: SHA256: ABCD
                Annotator: Tool: trivy
                SPDXREF: SPDXRef-Package-1
                AnnotationComment: LayerDiffID: sha256:1111
                Annotator: Tool: trivy
                AnnotationComment: LayerDigest: sha256:2222
                SPDXREF: SPDXRef-Package-1
                """);

        SbomComponent openssl = sbom.components().get(0);
        assertThat(sbom.components()).hasSize(1);
        assertThat(openssl.sourceName()).isEqualTo("openssl");
        assertThat(openssl.sourceVersion()).isEqualTo("1.1.1q-r0 spans lines");
        assertThat(openssl.purl()).isEqualTo("pkg:apk/alpine/openssl@1.1.1q?distro=3.16.2");
        assertThat(openssl.hashes()).containsExactly(Map.entry("SHA-256", "abcd"));
        assertThat(openssl.location()).isEqualTo("sha256:2222");
        // the apk purl names only the release: the namespace gives the distro
        assertThat(sbom.os()).isEqualTo(new OsInfo("alpine", "3.16.2"));
    }

    @Test
    void lineWithoutColonNamesItsLine() {
        assertThatThrownBy(() -> parse("SPDXVersion: SPDX-2.3\n\nPackageName: a\n"
                + "this line has no tag\n"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.spdx at line 4: expected 'Tag: value', found 'this line has no "
                        + "tag'");
    }

    @Test
    void unclosedTextNamesWhereItOpened() {
        assertThatThrownBy(() -> parse("SPDXVersion: SPDX-2.3\nPackageName: a\n"
                + "PackageComment: <text>never\nclosed\n"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.spdx at line 3: <text> opened here is never closed by </text>");
    }

    @Test
    void malformedRelationshipAndUnknownVersionAreRefused() {
        assertThatThrownBy(() -> parse("SPDXVersion: SPDX-2.3\nRelationship: SPDXRef-a CONTAINS\n"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.spdx at line 2: Relationship must be 'element TYPE element', "
                        + "not 'SPDXRef-a CONTAINS'");
        assertThatThrownBy(() -> parse("DocumentName: x\nSPDXVersion: SPDX-1.2\n"))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith("mem.spdx at line 2: unsupported SPDXVersion 'SPDX-1.2'");
        assertThatThrownBy(() -> parse("DocumentName: x\n"))
                .isInstanceOf(SbomException.class)
                .hasMessage("mem.spdx: not an SPDX tag-value document: no SPDXVersion line");
    }

    @Test
    void duplicateIdsAndCyclesAreKept() throws Exception {
        Sbom sbom = parse("""
                SPDXVersion: SPDX-2.2
                PackageName: a
                SPDXID: SPDXRef-a
                PackageName: a again
                SPDXID: SPDXRef-a
                PackageName: b
                SPDXID: SPDXRef-b
                Relationship: SPDXRef-a DEPENDS_ON SPDXRef-b
                Relationship: SPDXRef-b DEPENDS_ON SPDXRef-a
                """);

        assertThat(sbom.components()).extracting(SbomComponent::ref)
                .containsExactly("SPDXRef-a", "SPDXRef-a#2", "SPDXRef-b");
        assertThat(sbom.dependencies()).containsOnly(
                Map.entry("SPDXRef-a", List.of("SPDXRef-b")),
                Map.entry("SPDXRef-b", List.of("SPDXRef-a")));
        assertThat(sbom.warnings()).singleElement().asString()
                .contains("duplicate SPDX id 'SPDXRef-a'");
    }

    private static List<SbomComponent> sorted(Sbom sbom) {
        return sbom.components().stream().sorted(Comparator.comparing(SbomComponent::ref))
                .toList();
    }

    private static Sbom read(String file) throws Exception {
        try (InputStream in = Files.newInputStream(SPDX.resolve(file))) {
            return new SpdxTagValueReader().read(in, file);
        }
    }

    private static Sbom parse(String text) throws SbomException {
        return new SpdxTagValueReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mem.spdx");
    }
}
