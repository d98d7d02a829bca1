// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenVerifierTests {

    private final KeyPair current = TestKeys.p256();
    private final KeyPair previous = TestKeys.p256();
    private final TokenKeys keys = new TokenKeys("k2", current.getPrivate(),
            Map.of("k2", current.getPublic(), "k1", previous.getPublic()));
    private final TokenRules rules = TokenRules.defaults();
    private final TokenVerifier verifier = new TokenVerifier(keys, rules);
    private final Instant now = Instant.now();

    private JwtClaimsBuilder claims() {
        return Jwt.issuer(rules.issuer()).audience(rules.audience()).subject("ci")
                .claim("jti", TokenIssuer.randomId()).issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim(TokenClaims.KIND, TokenClaims.KIND_CLIENT)
                .claim(TokenClaims.TIER, Tiers.ENTERPRISE)
                .claim(TokenClaims.SCOPE, "scan:read scan:write bogus");
    }

    private String signed(JwtClaimsBuilder claims, String kid, KeyPair pair) {
        return claims.jws().algorithm(SignatureAlgorithm.ES256).keyId(kid)
                .sign(pair.getPrivate());
    }

    @Test
    void acceptsIssuedTokenAndMapsClaimsToCaller() {
        TokenIssuer.Issued issued = new TokenIssuer(keys, rules).issue(TokenClaims.KIND_CLIENT,
                "ci", Tiers.ENTERPRISE, Set.of(Scopes.SCAN_READ), Duration.ofMinutes(15), now);

        TokenVerifier.Verified verified = verifier.verify(issued.jwt());

        assertThat(verified.caller().kind()).isEqualTo(Caller.Kind.CLIENT);
        assertThat(verified.caller().subject()).isEqualTo("ci");
        assertThat(verified.caller().tier()).isEqualTo(Tiers.ENTERPRISE);
        assertThat(verified.caller().scopes()).containsExactly(Scopes.SCAN_READ);
        assertThat(verified.caller().quotaKey()).isNotBlank().doesNotContain("ci");
        assertThat(verified.tokenId()).isEqualTo(issued.tokenId());
    }

    @Test
    void acceptsTokenOfOlderRotatedKeyAndDropsUnknownScopes() {
        Caller caller = verifier.verify(signed(claims(), "k1", previous)).caller();

        assertThat(caller.scopes()).containsExactly(Scopes.SCAN_READ, Scopes.SCAN_WRITE);
    }

    @Test
    void offlineTokenIsKnownByItsTokenId() {
        String jti = TokenIssuer.randomId();
        TokenVerifier.Verified verified = verifier.verify(signed(claims().claim("jti", jti)
                .claim(TokenClaims.KIND, TokenClaims.KIND_TOKEN), "k2", current));

        assertThat(verified.caller().kind()).isEqualTo(Caller.Kind.TOKEN);
        assertThat(verified.caller().subject()).isEqualTo(jti);
    }

    @Test
    void refusesAlgNone() {
        String header = b64("{\"alg\":\"none\",\"kid\":\"k2\"}");
        String body = b64("{\"iss\":\"stella-ops\",\"aud\":\"stella-api\",\"sub\":\"x\","
                + "\"jti\":\"1\",\"exp\":" + now.plusSeconds(300).getEpochSecond() + "}");

        assertRefused(header + "." + body + ".", "algorithm none");
    }

    @Test
    void refusesHmacSignedWithThePublicKeyAsSecret() {
        SecretKeySpec confused = new SecretKeySpec(current.getPublic().getEncoded(),
                "HmacSHA256");
        String token = claims().jws().algorithm(SignatureAlgorithm.HS256).keyId("k2")
                .sign(confused);

        assertRefused(token, "algorithm HS256");
    }

    @Test
    void refusesUnknownKeyId() {
        assertRefused(signed(claims(), "k9", TestKeys.p256()), "key id k9");
    }

    @Test
    void refusesUnknownKeyUnderAKnownKeyId() {
        assertRefused(signed(claims(), "k2", TestKeys.p256()), "signature");
    }

    @Test
    void refusesExpiredToken() {
        JwtClaimsBuilder expired = claims().issuedAt(now.minus(Duration.ofHours(2)))
                .expiresAt(now.minus(Duration.ofHours(1)));

        assertRefused(signed(expired, "k2", current), "expired");
    }

    @Test
    void refusesTokenNotValidYet() {
        assertRefused(signed(claims().claim("nbf", now.plus(Duration.ofHours(1))
                .getEpochSecond()).expiresAt(now.plus(Duration.ofHours(2))), "k2", current),
                "not valid yet");
    }

    @Test
    void toleratesClockSkewWithinTheLeeway() {
        JwtClaimsBuilder justExpired = claims().issuedAt(now.minusSeconds(600))
                .expiresAt(now.minusSeconds(90));
        JwtClaimsBuilder almostValid = claims().claim("nbf", now.plusSeconds(90)
                .getEpochSecond());

        assertThat(verifier.verify(signed(justExpired, "k2", current)).caller()).isNotNull();
        assertThat(verifier.verify(signed(almostValid, "k2", current)).caller()).isNotNull();
    }

    @Test
    void refusesClockSkewBeyondTheLeeway() {
        JwtClaimsBuilder expired = claims().issuedAt(now.minusSeconds(900))
                .expiresAt(now.minusSeconds(180));
        JwtClaimsBuilder early = claims().claim("nbf", now.plusSeconds(180).getEpochSecond());

        assertRefused(signed(expired, "k2", current), "expired");
        assertRefused(signed(early, "k2", current), "not valid yet");
    }

    @Test
    void refusesWrongAudience() {
        assertRefused(signed(claims().audience("another-api"), "k2", current), "aud");
    }

    @Test
    void refusesWrongIssuer() {
        assertRefused(signed(claims().issuer("https://evil.example"), "k2", current), "iss");
    }

    @Test
    void refusesGarbage() {
        assertRefused("not-a-jwt", "three dot-separated");
        assertRefused("a.b.c", "do not decode");
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining(reason);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
