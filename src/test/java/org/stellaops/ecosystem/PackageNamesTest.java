// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Django,             django
            Foo.Bar_baz,        foo-bar-baz
            zope..interface,    zope-interface
            ' PyYAML ',         pyyaml
            A-_.B,              a-b
            """)
    void pypiNamesFollowPep503(String name, String normalized) {
        assertThat(PackageNames.normalize("PyPI", name)).isEqualTo(normalized);
    }

    @Test
    void caseInsensitiveEcosystemsLowerCase() {
        assertThat(PackageNames.normalize("npm", "JSONStream")).isEqualTo("jsonstream");
        assertThat(PackageNames.normalize("NuGet", "Newtonsoft.Json"))
                .isEqualTo("newtonsoft.json");
        assertThat(PackageNames.normalize("Packagist", "Laravel/Framework"))
                .isEqualTo("laravel/framework");
    }

    @Test
    void caseSensitiveEcosystemsKeepTheName() {
        assertThat(PackageNames.normalize("Maven", "org.Example:Lib")).isEqualTo("org.Example:Lib");
        assertThat(PackageNames.normalize("Debian", "libSDL2")).isEqualTo("libSDL2");
    }

    @Test
    void goModulePathsCompareWithoutCaseBecausePurlParsersLowerCaseThem() {
        assertThat(PackageNames.normalize("Go", "github.com/BurntSushi/toml"))
                .isEqualTo(PackageNames.normalize("Go", "github.com/burntsushi/toml"));
    }

    @Test
    void indexKeyJoinsLowerCasedFamilyAndNormalizedName() {
        assertThat(PackageNames.indexKey("PyPI", "Foo_Bar"))
                .isEqualTo("pypi\u0000foo-bar")
                .isEqualTo(PackageNames.indexKey("PyPI", "foo.bar"));
        assertThat(PackageNames.indexKey("Red Hat", "openssl")).isEqualTo("red hat\u0000openssl");
    }
}
