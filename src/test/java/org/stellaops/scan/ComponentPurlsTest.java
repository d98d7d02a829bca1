// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stellaops.sbom.OsInfo;
import org.stellaops.sbom.SbomComponent;

class ComponentPurlsTest {

    private static SbomComponent component(String type, String name, String version,
            String purl, List<String> cpes, String sourceName, String sourceVersion) {
        return new SbomComponent("ref", name, version, type, purl, cpes, List.of(), Map.of(),
                null, null, sourceName, sourceVersion);
    }

    @Test
    void keepsDocumentPurlAsWritten() {
        PurlResolution r = ComponentPurls.resolve(component("library", "lodash", "4.17.19",
                "pkg:npm/lodash@4.17.19", List.of(), null, null), null);

        assertThat(r.purl()).isEqualTo("pkg:npm/lodash@4.17.19");
        assertThat(r.inferred()).isFalse();
    }

    @Test
    void addsDistroFromOperatingSystemToDistroPackages() {
        PurlResolution r = ComponentPurls.resolve(component("library", "musl", "1.2.4-r2",
                "pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64", List.of(), null, null),
                new OsInfo("alpine", "3.18.4"));

        assertThat(r.purl()).isEqualTo("pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.18.4");
    }

    @Test
    void keepsDistroQualifierTheDocumentAlreadyHas() {
        PurlResolution r = ComponentPurls.resolve(component("library", "bash", "5.2-1",
                "pkg:deb/debian/bash@5.2-1?distro=debian-11", List.of(), null, null),
                new OsInfo("debian", "12"));

        assertThat(r.purl()).isEqualTo("pkg:deb/debian/bash@5.2-1?distro=debian-11");
    }

    @Test
    void namesDebianSourcePackageInUpstreamQualifier() {
        PurlResolution r = ComponentPurls.resolve(component("library", "libssl3",
                "3.0.11-1~deb12u2", "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?distro=debian-12",
                List.of(), "openssl", "3.0.11-1~deb12u2"), null);

        assertThat(r.purl()).contains("upstream=openssl%403.0.11-1~deb12u2");
    }

    @Test
    void trimsCodeNameFromOsRelease() {
        assertThat(ComponentPurls.distroOf(new OsInfo("amzn", "2 (Karoo)"))).isEqualTo("amzn-2");
        assertThat(ComponentPurls.distroOf(new OsInfo("Debian", "12.5"))).isEqualTo("debian-12.5");
    }

    @Test
    void infersGenericPurlFromCpe() {
        PurlResolution r = ComponentPurls.resolve(component("library", "openssl", "1.1.1k", null,
                List.of("cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*"), null, null), null);

        assertThat(r.purl()).isEqualTo("pkg:generic/openssl/openssl@1.1.1k");
        assertThat(r.inferred()).isTrue();
    }

    @Test
    void infersPurlFromEcosystemTypeHint() {
        PurlResolution r = ComponentPurls.resolve(component("pip", "Django", "3.0.1", null,
                List.of(), null, null), null);

        assertThat(r.purl()).isEqualTo("pkg:pypi/django@3.0.1");
        assertThat(r.inferred()).isTrue();
    }

    @Test
    void explainsComponentsThatCannotBeMatched() {
        assertThat(ComponentPurls.resolve(component("library", "thing", "1", null, List.of(),
                null, null), null).reason()).isEqualTo("no purl, no CPE and no ecosystem hint");
        assertThat(ComponentPurls.resolve(component("library", "x", "1", "pkg:/nope", List.of(),
                null, null), null).reason()).startsWith("purl does not parse");
        assertThat(ComponentPurls.resolve(component("operating-system", "debian", "12", null,
                List.of(), null, null), null).reason()).startsWith("operating-system component");
    }
}
