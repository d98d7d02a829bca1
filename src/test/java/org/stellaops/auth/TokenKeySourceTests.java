// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeySourceTests {

    @TempDir
    Path dir;

    @Test
    void firstStartMakesAPairAndTheNextReusesIt() {
        TokenKeySource source = new TokenKeySource(null, null, List.of(), dir.resolve("keys"));

        TokenKeySource.Loaded first = source.load();
        TokenKeySource.Loaded second = source.load();

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(second.keys().signingKeyId()).isEqualTo(first.keys().signingKeyId());
        assertThat(KeyFiles.privateFiles(dir.resolve("keys"))).hasSize(1);
    }

    @Test
    void tokensOfARotatedOutKeyStillVerifyWhileItsPublicKeyIsTrusted() throws Exception {
        Path old = dir.resolve("old");
        String oldKid = KeyFiles.generate(old);
        Path current = dir.resolve("current");
        String kid = KeyFiles.generate(current);
        TokenKeys oldKeys = new TokenKeySource(null, null, List.of(), old).load().keys();
        String oldToken = new TokenIssuer(oldKeys, TokenRules.defaults()).issue(
                TokenClaims.KIND_TOKEN, "t", Tiers.FREE, Set.of(), Duration.ofDays(1),
                Instant.now()).jwt();

        TokenKeys rotated = new TokenKeySource(current.resolve(kid + KeyFiles.PRIVATE_SUFFIX),
                null, List.of(old.resolve(oldKid + KeyFiles.PUBLIC_SUFFIX)), dir.resolve("x"))
                .load().keys();
        TokenKeys forgotten = new TokenKeySource(current.resolve(kid
                + KeyFiles.PRIVATE_SUFFIX), null, List.of(), dir.resolve("x")).load().keys();

        assertThat(rotated.signingKeyId()).isEqualTo(kid);
        assertThat(new TokenVerifier(rotated, TokenRules.defaults()).verify(oldToken))
                .isNotNull();
        assertThatThrownBy(() -> new TokenVerifier(forgotten, TokenRules.defaults())
                .verify(oldToken)).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("not a trusted key");
    }

    @Test
    void signingKeyBesideAnotherKeysPublicKeyFailsStartUp() throws Exception {
        Path keys = dir.resolve("keys");
        String kid = KeyFiles.generate(keys);
        String other = KeyFiles.generate(dir.resolve("other"));
        Files.copy(dir.resolve("other").resolve(other + KeyFiles.PUBLIC_SUFFIX),
                keys.resolve(kid + KeyFiles.PUBLIC_SUFFIX),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> new TokenKeySource(null, null, List.of(), keys).load())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void signingKeyWithoutItsPublicKeyFailsStartUp() throws Exception {
        Path keys = dir.resolve("keys");
        String kid = KeyFiles.generate(keys);
        Files.delete(keys.resolve(kid + KeyFiles.PUBLIC_SUFFIX));

        assertThatThrownBy(() -> new TokenKeySource(keys.resolve(kid + KeyFiles.PRIVATE_SUFFIX),
                null, List.of(), dir.resolve("none")).load())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs its public key");
    }
}
