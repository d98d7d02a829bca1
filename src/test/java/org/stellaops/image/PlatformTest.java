// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void javaArchitectureNamesMapToGoNames() {
        assertThat(Platform.goArchitecture("x86_64")).isEqualTo("amd64");
        assertThat(Platform.goArchitecture("amd64")).isEqualTo("amd64");
        assertThat(Platform.goArchitecture("aarch64")).isEqualTo("arm64");
        assertThat(Platform.host().os()).isEqualTo("linux");
    }

    @Test
    void missingVariantMatchesAnyAndArm64V8CountsAsNone() {
        assertThat(Platform.parse("linux/arm64").accepts(Platform.parse("linux/arm64/v8")))
                .isTrue();
        assertThat(Platform.parse("linux/arm64/v8").accepts(Platform.parse("linux/arm64")))
                .isTrue();
        assertThat(Platform.parse("linux/arm/v7").accepts(Platform.parse("linux/arm/v6")))
                .isFalse();
        assertThat(Platform.parse("linux/amd64").accepts(Platform.parse("windows/amd64")))
                .isFalse();
    }

    @Test
    void rejectsAPlatformWithoutArchitecture() {
        assertThatThrownBy(() -> Platform.parse("linux"))
                .hasMessageContaining("os/arch[/variant]");
    }
}
