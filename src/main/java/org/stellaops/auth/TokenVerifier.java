// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Verifies Stella's own tokens offline, with no network call: the signature by the key its
 * {@code kid} names among the trusted {@link TokenKeys}, the algorithm (ES256 or RS256 only:
 * {@code none} and the HMAC family are refused whatever the key), {@code iss}, {@code aud},
 * and {@code exp}/{@code nbf} within the {@link TokenRules#leeway()}. The checks themselves are
 * smallrye-jwt's (jose4j underneath); this class picks the key and maps the claims to a
 * {@link Caller}. Revocation is not checked here: it needs the shared registry, which the
 * caller of this class asks asynchronously. CPU only, never blocks; thread-safe.
 */
public final class TokenVerifier {

    private static final Set<SignatureAlgorithm> ALGORITHMS =
            Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.RS256);

    private final TokenKeys keys;
    private final JWTAuthContextInfo context;
    private final DefaultJWTParser parser;

    public TokenVerifier(TokenKeys keys, TokenRules rules) {
        this.keys = keys;
        this.context = new JWTAuthContextInfo();
        context.setIssuedBy(rules.issuer());
        context.setExpectedAudience(Set.of(rules.audience()));
        context.setSignatureAlgorithm(ALGORITHMS);
        context.setClockSkew((int) rules.leeway().toSeconds());
        context.setRequiredClaims(Set.of("sub", "jti"));
        this.parser = new DefaultJWTParser(context);
    }

    /** A verified token: who it speaks for, its id (for revocation) and its expiry. */
    public record Verified(Caller caller, String tokenId, Instant expiresAt) {
    }

    /** Verifies the token; fails with a 401 {@link AccessDenied} saying why it is refused. */
    public Verified verify(String token) {
        UnverifiedJwt unverified = UnverifiedJwt.read(token);
        String algorithm = unverified.algorithm();
        if (algorithm == null || ALGORITHMS.stream().noneMatch(a -> a.getAlgorithm()
                .equals(algorithm))) {
            throw new AccessDenied(401, "the token's algorithm " + algorithm
                    + " is not accepted (ES256 or RS256)");
        }
        PublicKey key = keys.verificationKey(unverified.keyId()).orElseThrow(() ->
                new AccessDenied(401, "the token's key id " + unverified.keyId()
                        + " is not a trusted key"));
        JsonWebToken jwt;
        try {
            jwt = parser.verify(token, key);
        } catch (ParseException e) {
            throw new AccessDenied(401, reasonOf(e));
        }
        return new Verified(callerOf(jwt), jwt.getTokenID(),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    private static Caller callerOf(JsonWebToken jwt) {
        String kind = jwt.getClaim(TokenClaims.KIND);
        String tier = jwt.getClaim(TokenClaims.TIER);
        String scope = jwt.getClaim(TokenClaims.SCOPE);
        Set<String> scopes = new TreeSet<>();
        if (scope != null) {
            Arrays.stream(scope.split(" ")).filter(Scopes.ALL::contains).forEach(scopes::add);
        }
        boolean offline = TokenClaims.KIND_TOKEN.equals(kind);
        Caller.Kind callerKind = offline ? Caller.Kind.TOKEN : Caller.Kind.CLIENT;
        // an offline token is known by its id: revoking it ends that one token only
        String subject = offline ? jwt.getTokenID() : jwt.getSubject();
        return new Caller(callerKind, subject, tier == null ? Tiers.FREE : tier, scopes,
                subjectHash(callerKind, subject));
    }

    /**
     * What quotas count and scans are owned by for an authenticated caller: a hash of its
     * kind and subject, so that no plain identifier is stored beside a scan.
     */
    public static String subjectHash(Caller.Kind kind, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (kind.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The refusal in words a client can act on, without echoing the token. */
    private static String reasonOf(ParseException e) {
        if (!(e.getCause() instanceof InvalidJwtException invalid)) {
            return "the token does not verify";
        }
        if (invalid.hasExpired()) {
            return "the token has expired";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "the token is not valid yet (nbf)";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID)
                || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "the token was not issued by this server (iss)";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
                || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the token is not meant for this server (aud)";
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return "the token's signature does not verify";
        }
        if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "the token has no expiry (exp)";
        }
        return "the token does not verify";
    }
}
