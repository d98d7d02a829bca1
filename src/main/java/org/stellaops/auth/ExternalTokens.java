// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.mutiny.Uni;

/**
 * Bearer tokens of an external identity provider (Keycloak, Entra ID, ...). The request's
 * caller resolution asks every implementation (CDI beans) whether it takes a token's issuer
 * before it treats the token as one of Stella's own; one that does verifies it and maps its
 * claims to a caller of kind {@code OIDC}.
 */
public interface ExternalTokens {

    /** Whether tokens of this issuer ({@code iss}, unverified) are this provider's. */
    boolean accepts(String issuer);

    /**
     * Verifies the token and maps it to a caller; fails with {@link AccessDenied} when the
     * token is not valid, never blocks the calling (event-loop) thread.
     */
    Uni<Caller> verify(String token);
}
