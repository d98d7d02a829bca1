// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientCredentialsTests {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicPartsAreFormDecoded() {
        ClientCredentials credentials = ClientCredentials.of(basic("ci%3Aa:s%2Bcret%3A1"),
                null, null);

        assertThat(credentials).isEqualTo(new ClientCredentials("ci:a", "s+cret:1"));
    }

    @Test
    void formCredentialsAreTaken() {
        assertThat(ClientCredentials.of(null, "ci", "secret"))
                .isEqualTo(new ClientCredentials("ci", "secret"));
    }

    @Test
    void secretInBothPlacesIsInvalidRequest() {
        assertThatThrownBy(() -> ClientCredentials.of(basic("ci:secret"), "ci", "secret"))
                .isInstanceOf(OAuthError.class).hasMessageContaining("not both");
    }

    @Test
    void missingOrMalformedCredentialsAreInvalidClient() {
        assertThatThrownBy(() -> ClientCredentials.of(null, "ci", null))
                .isInstanceOf(OAuthError.class).hasMessageContaining("no client credentials");
        assertThatThrownBy(() -> ClientCredentials.of("Basic !!!", null, null))
                .isInstanceOf(OAuthError.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> ClientCredentials.of(basic("no-colon"), null, null))
                .isInstanceOf(OAuthError.class).hasMessageContaining("id:secret");
        assertThatThrownBy(() -> ClientCredentials.of("Bearer x", null, null))
                .isInstanceOf(OAuthError.class).hasMessageContaining("Basic");
    }
}
