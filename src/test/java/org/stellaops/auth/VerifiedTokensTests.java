// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTests {

    private final KeyPair pair = TestKeys.p256();
    private final TokenKeys keys = new TokenKeys("k1", pair.getPrivate(),
            Map.of("k1", pair.getPublic()));
    private final Instant now = Instant.now();
    private final String token = new TokenIssuer(keys, TokenRules.defaults()).issue(
            TokenClaims.KIND_CLIENT, "ci", Tiers.FREE, Set.of(), Duration.ofMinutes(5), now).jwt();

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant instant;

        MovingClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock(now);
    private final VerifiedTokens tokens = new VerifiedTokens(
            new TokenVerifier(keys, TokenRules.defaults()), TokenRules.DEFAULT_LEEWAY, clock);

    @Test
    void rememberedTokenIsAnsweredFromMemory() {
        assertThat(tokens.verify(token)).isSameAs(tokens.verify(token));
    }

    @Test
    void rememberedTokenPastItsExpiryAndLeewayIsVerifiedAgain() {
        TokenVerifier.Verified first = tokens.verify(token);

        clock.instant = now.plus(Duration.ofMinutes(5)).plus(TokenRules.DEFAULT_LEEWAY);

        // verified anew (by the real clock the token is still valid, so it passes again)
        assertThat(tokens.verify(token)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void refusedTokenIsNotRemembered() {
        assertThatThrownBy(() -> tokens.verify(token + "x")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> tokens.verify(token + "x")).isInstanceOf(AccessDenied.class);
    }
}
