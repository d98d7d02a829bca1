// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurlMappingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pkg:npm/lodash@4.17.20               | npm       | lodash
            pkg:npm/%40babel/core@7.0.0          | npm       | @babel/core
            pkg:nuget/Newtonsoft.Json@12.0.1     | NuGet     | Newtonsoft.Json
            pkg:cargo/tokio@1.0.0                | crates.io | tokio
            pkg:gem/rails@6.0.0                  | RubyGems  | rails
            pkg:composer/laravel/framework@8.0.0 | Packagist | laravel/framework
            pkg:hex/phoenix@1.6.0                | Hex       | phoenix
            pkg:pub/http@0.13.0                  | Pub       | http
            pkg:bitnami/wordpress@6.2.0          | Bitnami   | wordpress
            """)
    void languagePackagesMapByType(String purl, String family, String name) throws Exception {
        PackageQuery query = PurlMapping.map(purl);
        String version = purl.substring(purl.lastIndexOf('@') + 1);

        assertThat(query.family()).isEqualTo(family);
        assertThat(query.release()).isEmpty();
        assertThat(query.names()).containsExactly(name);
        assertThat(query.version()).isEqualTo(version);
        assertThat(query.isDistro()).isFalse();
        assertThat(query.ecosystemLabel()).isEqualTo(family);
    }

    @Test
    void pypiNameComesOutInPep503Form() throws Exception {
        // the purl library lower-cases and turns '_' into '-'; the index key folds '.' as well
        PackageQuery query = PurlMapping.map("pkg:pypi/Django_Rest.Framework@3.0");

        assertThat(query.family()).isEqualTo("PyPI");
        assertThat(query.names()).containsExactly("django-rest.framework");
    }

    @Test
    void mavenNameJoinsGroupAndArtifactWithAColon() throws Exception {
        PackageQuery query =
                PurlMapping.map("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");

        assertThat(query.family()).isEqualTo("Maven");
        assertThat(query.names()).containsExactly("org.apache.logging.log4j:log4j-core");
        assertThat(query.version()).isEqualTo("2.14.1");
    }

    @Test
    void goModulePathKeepsItsSlashesAndTheVPrefix() throws Exception {
        PackageQuery query = PurlMapping.map("pkg:golang/github.com/gin-gonic/gin@v1.9.0");

        assertThat(query.family()).isEqualTo("Go");
        assertThat(query.names()).containsExactly("github.com/gin-gonic/gin");
        assertThat(query.version()).isEqualTo("v1.9.0");
    }

    @Test
    void goModuleKeepsItsSlashesAndIncompatibleVersion() throws Exception {
        PackageQuery query =
                PurlMapping.map("pkg:golang/github.com/docker/docker@v20.10.0+incompatible");

        assertThat(query.names()).containsExactly("github.com/docker/docker");
        assertThat(query.version()).isEqualTo("v20.10.0+incompatible");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12     | Debian       | 12
            pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12.5   | Debian       | 12
            pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=bookworm      | Debian       | 12
            pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-bookworm | Debian     | 12
            pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.10?distro=ubuntu-22.04 | Ubuntu       | 22.04
            pkg:rpm/redhat/openssl@3.0.7-24.el9?distro=rhel-9.2          | Red Hat      | 9
            pkg:rpm/almalinux/openssl@3.0.7-24.el9?distro=almalinux-9.3  | AlmaLinux    | 9
            pkg:rpm/alma/openssl-libs@1.1.1k-4.el8?distro=alma-8.5      | AlmaLinux    | 8
            pkg:rpm/rocky/openssl@3.0.7-24.el9?distro=rocky-9.3          | Rocky Linux  | 9
            pkg:rpm/amazon/openssl@1.0.2k-24.amzn2?distro=amzn-2         | Amazon Linux | 2
            pkg:apk/alpine/busybox@1.36.1-r5?distro=alpine-3.20.1        | Alpine       | 3.20
            pkg:apk/alpine/busybox@1.36.1-r5?distro=3.20.1               | Alpine       | 3.20
            """)
    void distroPackagesMapByNamespaceAndDistroQualifier(String purl, String family,
            String release) throws Exception {
        PackageQuery query = PurlMapping.map(purl);
        String version = purl.substring(purl.indexOf('@') + 1, purl.indexOf('?'));

        assertThat(query.family()).isEqualTo(family);
        assertThat(query.release()).isEqualTo(release);
        assertThat(query.version()).isEqualTo(version);
        assertThat(query.isDistro()).isTrue();
        assertThat(query.ecosystemLabel()).isEqualTo(family + ":" + release);
    }

    @Test
    void wolfiAndChainguardHaveNoRelease() throws Exception {
        PackageQuery wolfi = PurlMapping.map("pkg:apk/wolfi/busybox@1.36.1-r5");
        PackageQuery chainguard =
                PurlMapping.map("pkg:apk/chainguard/busybox@1.36.1-r5?distro=20230214");

        assertThat(wolfi.family()).isEqualTo("Wolfi");
        assertThat(wolfi.release()).isEmpty();
        assertThat(chainguard.family()).isEqualTo("Chainguard");
        assertThat(chainguard.release()).isEmpty();
    }

    @Test
    void epochQualifierPrefixesTheRpmVersion() throws Exception {
        PackageQuery query =
                PurlMapping.map("pkg:rpm/redhat/openssl@3.0.7-24.el9?epoch=1&distro=rhel-9.2");

        assertThat(query.version()).isEqualTo("1:3.0.7-24.el9");
    }

    @Test
    void epochZeroOrAlreadyPresentIsNotAddedAgain() throws Exception {
        assertThat(PurlMapping.map("pkg:rpm/redhat/openssl@3.0.7?epoch=0&distro=rhel-9")
                .version()).isEqualTo("3.0.7");
        assertThat(PurlMapping.map("pkg:rpm/redhat/openssl@1:3.0.7?epoch=1&distro=rhel-9")
                .version()).isEqualTo("1:3.0.7");
    }

    @Test
    void debianSourcePackageFromUpstreamQualifier() throws Exception {
        PackageQuery query = PurlMapping.map(
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?distro=debian-12&upstream=openssl");

        assertThat(query.names()).containsExactly("libssl3", "openssl");
        assertThat(query.version()).isEqualTo("3.0.11-1~deb12u2");
        assertThat(query.sourceVersion()).isNull();
    }

    @Test
    void debianSourcePackageWithItsOwnVersion() throws Exception {
        PackageQuery query = PurlMapping.map("pkg:deb/debian/libssl3@3.0.11-1~deb12u2"
                + "?distro=debian-12&upstream=openssl%403.0.11-1~deb12u1");

        assertThat(query.names()).containsExactly("libssl3", "openssl");
        assertThat(query.sourceVersion()).isEqualTo("3.0.11-1~deb12u1");
    }

    @Test
    void upstreamNamingThePackageItselfAddsNoSecondName() throws Exception {
        PackageQuery query = PurlMapping.map(
                "pkg:deb/debian/openssl@3.0.11-1?distro=debian-12&upstream=openssl");

        assertThat(query.names()).isEqualTo(List.of("openssl"));
    }

    @Test
    void rpmUpstreamNamingASourceRpmFileIsNotLookedUp() throws Exception {
        // Syft writes the source rpm file name, which is no package name of any advisory.
        PackageQuery query = PurlMapping.map("pkg:rpm/almalinux/openssl-libs@3.0.7-24.el9"
                + "?distro=almalinux-9&upstream=openssl-3.0.7-24.el9.src.rpm");

        assertThat(query.names()).containsExactly("openssl-libs");
        assertThat(query.sourceVersion()).isNull();
    }

    @Test
    void debWithoutDistroQualifierMapsWithEmptyRelease() throws Exception {
        PackageQuery query = PurlMapping.map("pkg:deb/debian/openssl@3.0.11-1");

        assertThat(query.family()).isEqualTo("Debian");
        assertThat(query.release()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-a-purl               | malformed purl
            pkg:npm/lodash           | purl has no version
            pkg:generic/foo@1.0      | purl type 'generic' has no OSV ecosystem
            pkg:deb/kali/openssl@1.0 | distro 'kali' of deb purl has no OSV ecosystem
            pkg:rpm/openssl@1.0      | distro '' of rpm purl has no OSV ecosystem
            """)
    void unmappablePurlsSayWhy(String purl, String reason) {
        assertThatThrownBy(() -> PurlMapping.map(purl))
                .isInstanceOfSatisfying(UnmappablePurlException.class, e -> {
                    assertThat(e.purl()).isEqualTo(purl);
                    assertThat(e.reason()).startsWith(reason);
                });
    }
}
