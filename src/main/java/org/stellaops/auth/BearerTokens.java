// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Resolves the caller of a bearer token. A token whose (unverified) issuer an external
 * identity provider accepts goes to that provider ({@link ExternalTokens}); any other is
 * verified as one of Stella's own ({@link TokenVerifier}) and then looked up among the
 * revoked ones. Fails with a 401 {@link AccessDenied}; never blocks the calling thread.
 */
public final class BearerTokens {

    private final List<ExternalTokens> external;
    private final VerifiedTokens verifier;
    private final RevokedTokens revoked;
    private final Executor workers;

    /**
     * @param leeway the verifier's leeway: how long past {@code exp} a token is accepted
     * @param workers where a token seen for the first time has its signature checked
     */
    public BearerTokens(List<ExternalTokens> external, TokenVerifier verifier,
            Duration leeway, RevokedTokens revoked, Executor workers) {
        this.workers = workers;
        this.external = List.copyOf(external);
        this.verifier = new VerifiedTokens(verifier, leeway, Clock.systemUTC());
        this.revoked = revoked;
    }

    public Uni<Caller> resolve(String token) {
        UnverifiedJwt unverified;
        try {
            unverified = UnverifiedJwt.read(token);
        } catch (AccessDenied e) {
            return Uni.createFrom().failure(e);
        }
        String issuer = unverified.issuer();
        for (ExternalTokens provider : external) {
            if (issuer != null && provider.accepts(issuer)) {
                return provider.verify(token);
            }
        }
        TokenVerifier.Verified known = verifier.remembered(token);
        // a token not seen before costs a signature check: on a worker, never the event loop
        Uni<TokenVerifier.Verified> verified = known != null ? Uni.createFrom().item(known)
                : Uni.createFrom().item(() -> verifier.verify(token)).runSubscriptionOn(workers);
        return verified.chain(checked -> revoked.revoked(checked.tokenId()).map(isRevoked -> {
            if (isRevoked) {
                throw new AccessDenied(401, "the token was revoked");
            }
            return checked.caller();
        }));
    }
}
