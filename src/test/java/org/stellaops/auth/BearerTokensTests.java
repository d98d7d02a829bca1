// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BearerTokensTests {

    private final KeyPair pair = TestKeys.p256();
    private final TokenKeys keys = new TokenKeys("k1", pair.getPrivate(),
            Map.of("k1", pair.getPublic()));
    private final TokenIssuer issuer = new TokenIssuer(keys, TokenRules.defaults());
    private final Set<String> revokedIds = ConcurrentHashMap.newKeySet();
    private final ExternalTokens idp = new ExternalTokens() {
        @Override
        public boolean accepts(String iss) {
            return iss.equals("https://idp.example/realms/stella");
        }

        @Override
        public Uni<Caller> verify(String token) {
            return Uni.createFrom().item(new Caller(Caller.Kind.OIDC, "alice", Tiers.FREE,
                    Set.of(Scopes.SCAN_READ), "q"));
        }
    };
    /** Counts the signature checks handed to the workers; runs them in place. */
    private final AtomicInteger checksOnWorkers = new AtomicInteger();
    private final BearerTokens bearer = new BearerTokens(List.of(idp),
            new TokenVerifier(keys, TokenRules.defaults()), TokenRules.DEFAULT_LEEWAY,
            id -> Uni.createFrom().item(revokedIds.contains(id)), command -> {
                checksOnWorkers.incrementAndGet();
                command.run();
            });

    private TokenIssuer.Issued offline() {
        return issuer.issue(TokenClaims.KIND_TOKEN, "ci", Tiers.FREE, Scopes.ANONYMOUS,
                Duration.ofDays(365), Instant.now());
    }

    @Test
    void ownTokenResolvesToItsCaller() {
        Caller caller = bearer.resolve(offline().jwt()).await().indefinitely();

        assertThat(caller.kind()).isEqualTo(Caller.Kind.TOKEN);
        assertThat(caller.tier()).isEqualTo(Tiers.FREE);
    }

    @Test
    void signatureIsCheckedOnTheWorkersOnceAndRememberedAfter() {
        String jwt = offline().jwt();

        bearer.resolve(jwt).await().indefinitely();
        bearer.resolve(jwt).await().indefinitely();

        assertThat(checksOnWorkers).hasValue(1);
    }

    @Test
    void revokedTokenIsRefusedEvenWhenVerifiedBefore() {
        TokenIssuer.Issued token = offline();
        bearer.resolve(token.jwt()).await().indefinitely();
        revokedIds.add(token.tokenId());

        assertThatThrownBy(() -> bearer.resolve(token.jwt()).await().indefinitely())
                .isInstanceOf(AccessDenied.class).hasMessageContaining("revoked");
    }

    @Test
    void tokenOfAnExternalIssuerGoesToItsProvider() {
        String foreign = Jwt.issuer("https://idp.example/realms/stella").subject("alice")
                .jws().algorithm(SignatureAlgorithm.ES256).keyId("idp")
                .sign(TestKeys.p256().getPrivate());

        assertThat(bearer.resolve(foreign).await().indefinitely().kind())
                .isEqualTo(Caller.Kind.OIDC);
    }

    @Test
    void unknownIssuerIsVerifiedAsOursAndRefused() {
        String foreign = Jwt.issuer("https://other.example").subject("mallory")
                .jws().algorithm(SignatureAlgorithm.ES256).keyId("k1")
                .sign(TestKeys.p256().getPrivate());

        assertThatThrownBy(() -> bearer.resolve(foreign).await().indefinitely())
                .isInstanceOf(AccessDenied.class);
    }
}
