// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    @Test
    void unverifiedIssuerIsReadFromThePayload() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + REALM + "\",\"sub\":\"x\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(UnverifiedClaims.issuer("e30." + payload + ".c2ln")).hasValue(REALM);
        assertThat(UnverifiedClaims.issuer("not-a-jwt")).isEmpty();
        assertThat(UnverifiedClaims.issuer("e30.%%%.c2ln")).isEmpty();
        assertThat(UnverifiedClaims.issuer("e30.e30.c2ln")).isEmpty();
    }

    @Test
    void scanEndpointsNeedTheirScopes() {
        assertThat(OidcRoute.requiredScope("POST", "/scan")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(OidcRoute.requiredScope("GET", "/scans/abc")).isEqualTo(Scopes.SCAN_READ);
        assertThat(OidcRoute.requiredScope("GET", "/scans")).isEqualTo(Scopes.SCAN_READ);
        assertThat(OidcRoute.requiredScope("GET", "/scansx")).isNull();
        assertThat(OidcRoute.requiredScope("GET", "/q/health/ready")).isNull();
    }
}
