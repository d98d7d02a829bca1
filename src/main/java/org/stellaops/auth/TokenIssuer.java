// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs Stella's own tokens (ES256, through smallrye-jwt-build) with the signing key of
 * {@link TokenKeys}: short-lived access tokens for clients, long-lived offline tokens for the
 * free tier. Every token gets a random id ({@code jti}, 128 bits) that revocation names.
 * Thread-safe.
 */
public final class TokenIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenKeys keys;
    private final TokenRules rules;

    public TokenIssuer(TokenKeys keys, TokenRules rules) {
        this.keys = keys;
        this.rules = rules;
    }

    /** A token issued: the compact JWT, its id and when it expires. */
    public record Issued(String jwt, String tokenId, Instant expiresAt) {
    }

    /**
     * @param kind {@link TokenClaims#KIND_CLIENT} or {@link TokenClaims#KIND_TOKEN}
     * @param subject the client id, or the name an offline token was issued to
     */
    public Issued issue(String kind, String subject, String tier, Set<String> scopes,
            Duration lifetime, Instant now) {
        String tokenId = randomId();
        Instant expires = now.plus(lifetime);
        String jwt = Jwt.issuer(rules.issuer())
                .audience(rules.audience())
                .subject(subject)
                .claim("jti", tokenId)
                .issuedAt(now)
                .expiresAt(expires)
                .claim(TokenClaims.KIND, kind)
                .claim(TokenClaims.TIER, tier)
                .claim(TokenClaims.SCOPE, String.join(" ", new TreeSet<>(scopes)))
                .jws()
                .algorithm(SignatureAlgorithm.ES256)
                .keyId(keys.signingKeyId())
                .sign(keys.signingKey());
        return new Issued(jwt, tokenId, expires);
    }

    /** 128 random bits in hex: token ids and generated client secrets' entropy. */
    public static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
