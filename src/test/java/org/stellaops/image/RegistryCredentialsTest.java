// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker client config lookups and WWW-Authenticate parsing. */
class RegistryCredentialsTest {

    @TempDir
    Path temp;

    @Test
    void dockerHubEntryUnderItsLegacyUrlServesDockerIo() throws IOException {
        // "dXNlcjpwYXNz" is base64 of "user:pass"; a colon in the password stays in it.
        Files.writeString(temp.resolve("config.json"), """
                {"auths": {
                  "https://index.docker.io/v1/": {"auth": "dXNlcjpwYXNz"},
                  "ghcr.io": {"username": "bot", "password": "p:w"}
                }}""");

        assertThat(RegistryCredentials.find(temp, "docker.io"))
                .isEqualTo(new RegistryCredentials("user", "pass"));
        assertThat(RegistryCredentials.find(temp, "ghcr.io"))
                .isEqualTo(new RegistryCredentials("bot", "p:w"));
        assertThat(RegistryCredentials.find(temp, "quay.io")).isNull();
        assertThat(RegistryCredentials.find(temp.resolve("absent"), "ghcr.io")).isNull();
        assertThat(new RegistryCredentials("bot", "p:w").toString()).doesNotContain("p:w");
    }

    @Test
    void parsesDockerHubStyleBearerChallenge() {
        AuthChallenge challenge = AuthChallenge.parse("Bearer realm=\"https://auth.docker.io/"
                + "token\",service=\"registry.docker.io\","
                + "scope=\"repository:library/alpine:pull\"");

        assertThat(challenge.scheme()).isEqualTo("bearer");
        assertThat(challenge.parameter("realm")).isEqualTo("https://auth.docker.io/token");
        assertThat(challenge.parameter("service")).isEqualTo("registry.docker.io");
        assertThat(challenge.parameter("scope")).isEqualTo("repository:library/alpine:pull");
        assertThat(AuthChallenge.parse("Basic realm=\"Registry Realm\"").scheme())
                .isEqualTo("basic");
    }
}
