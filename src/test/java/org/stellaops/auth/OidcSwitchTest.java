// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcSwitchTest {

    private static final String URL = "https://idp.example/realms/stella";

    @Test
    void tenantIsOffWithoutAuthServerUrl() {
        assertThat(enabled(Map.of())).isFalse();
    }

    @Test
    void tenantIsOnWithAuthServerUrl() {
        assertThat(enabled(Map.of(OidcSwitch.SERVER, URL))).isTrue();
    }

    @Test
    void blankAuthServerUrlCountsAsUnset() {
        assertThat(enabled(Map.of(OidcSwitch.SERVER, " "))).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(enabled(Map.of(OidcSwitch.SERVER, URL, OidcSwitch.ENABLED, "false")))
                .isFalse();
    }

    /** As quarkus-oidc sees it: its mapping's default ("true") below the given settings. */
    private static boolean enabled(Map<String, String> settings) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withInterceptors(new OidcSwitch())
                .withDefaultValue(OidcSwitch.ENABLED, "true")
                .withSources(new PropertiesConfigSource(settings, "test", 250))
                .build();
        return config.getValue(OidcSwitch.ENABLED, Boolean.class);
    }
}
