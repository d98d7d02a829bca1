// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSecretsTests {

    @Test
    void hashedSecretMatchesItselfOnly() {
        String secret = ClientSecrets.generate();
        String stored = ClientSecrets.hash(secret);

        assertThat(stored).startsWith("pbkdf2-sha256$" + ClientSecrets.ITERATIONS + "$")
                .doesNotContain(secret);
        assertThat(ClientSecrets.matches(secret, stored)).isTrue();
        assertThat(ClientSecrets.matches(secret + "x", stored)).isFalse();
        assertThat(ClientSecrets.matches("", stored)).isFalse();
    }

    @Test
    void sameSecretHashesDifferentlyEachTime() {
        assertThat(ClientSecrets.hash("s3cret", 1000)).isNotEqualTo(
                ClientSecrets.hash("s3cret", 1000));
    }

    @Test
    void olderIterationCountStillVerifies() {
        assertThat(ClientSecrets.matches("s3cret", ClientSecrets.hash("s3cret", 1000))).isTrue();
    }

    @Test
    void malformedOrForeignHashNeverMatches() {
        assertThat(ClientSecrets.matches("s3cret", "s3cret")).isFalse();
        assertThat(ClientSecrets.matches("s3cret", "bcrypt$10$abc$def")).isFalse();
        assertThat(ClientSecrets.matches("s3cret", "pbkdf2-sha256$x$abc$def")).isFalse();
        assertThat(ClientSecrets.matches("s3cret", "pbkdf2-sha256$0$abc$def")).isFalse();
        assertThat(ClientSecrets.matches(null, ClientSecrets.hash("s3cret", 1000))).isFalse();
    }
}
