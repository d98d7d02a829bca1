// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcTokensTest {

    private static final String REALM = "https://idp.example/realms/stella";

    @Test
    void issuerIsTheAuthServerUrlUnlessConfigured() {
        assertThat(OidcTokens.expectedIssuer(Optional.of(REALM + "/"), Optional.empty()))
                .hasValue(REALM);
        assertThat(OidcTokens.expectedIssuer(Optional.of(REALM),
                Optional.of("https://sts.windows.net/tenant/"))).hasValue(
                        "https://sts.windows.net/tenant");
    }

    @Test
    void anyIssuerSettingStillTakesOnlyTheAuthServersTokens() {
        assertThat(OidcTokens.expectedIssuer(Optional.of(REALM), Optional.of("any")))
                .hasValue(REALM);
    }

    @Test
    void unconfiguredProviderTakesNoIssuer() {
        assertThat(OidcTokens.expectedIssuer(Optional.empty(), Optional.empty())).isEmpty();
    }
}
