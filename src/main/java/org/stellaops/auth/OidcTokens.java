// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Bearer tokens of the identity provider configured for quarkus-oidc's default tenant
 * ({@code quarkus.oidc.auth-server-url}). Verification is quarkus-oidc's own: the provider's
 * discovery document and JWKS, the signature, {@code exp}/{@code nbf}, the issuer and, when
 * {@code quarkus.oidc.token.audience} is set, the audience. It runs without blocking: keys are
 * fetched, and refreshed on an unknown {@code kid}, by the Vert.x client. Valid tokens become
 * callers through {@link ClaimMapping}. With no auth server configured it takes no issuer.
 */
@Startup // so that the log says at start-up which issuer is trusted
@ApplicationScoped
public class OidcTokens implements ExternalTokens {

    private static final Logger LOG = Logger.getLogger(OidcTokens.class);

    private final Optional<String> issuer;
    private final Instance<TenantIdentityProvider> provider;
    private final ClaimMapping mapping;

    @Inject
    OidcTokens(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> server,
            @ConfigProperty(name = "quarkus.oidc.token.issuer") Optional<String> issuer,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
            boolean enabled,
            Instance<TenantIdentityProvider> provider, OidcMappingConfig mapping) {
        this.issuer = enabled ? expectedIssuer(server, issuer) : Optional.empty();
        this.provider = provider;
        this.mapping = new ClaimMapping(mapping);
        this.issuer.ifPresent(iss -> LOG.infof("OIDC bearer tokens accepted (issuer: %s)", iss));
    }

    /**
     * The issuer whose tokens are ours: {@code quarkus.oidc.token.issuer} when set, else the
     * auth server URL, which is the issuer of Keycloak realms and Entra ID v2.0 tokens (the
     * discovery document's issuer must equal it; quarkus-oidc checks the token against it).
     */
    static Optional<String> expectedIssuer(Optional<String> server, Optional<String> issuer) {
        Optional<String> configured = issuer.filter(iss -> !iss.isBlank() && !iss.equals("any"));
        return configured.or(() -> server.filter(url -> !url.isBlank()))
                .map(OidcTokens::withoutTrailingSlash);
    }

    @Override
    public boolean accepts(String iss) {
        return iss != null && issuer.isPresent()
                && issuer.get().equals(withoutTrailingSlash(iss));
    }

    @Override
    public Uni<Caller> verify(String token) {
        if (issuer.isEmpty()) {
            return Uni.createFrom().failure(new AccessDenied(401, "no identity provider is set"));
        }
        return Uni.createFrom()
                .deferred(() -> provider.get().authenticate(new AccessTokenCredential(token)))
                .onFailure().transform(OidcTokens::refusal)
                .map(identity -> mapping.callerOf(claims(identity), identity.getRoles()));
    }

    private static Function<String, Object> claims(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return jwt::getClaim;
        }
        // an opaque token checked by introspection: quarkus-oidc keeps no claims we can read
        throw new AccessDenied(401, "the identity provider's token is not a JWT");
    }

    private static Throwable refusal(Throwable failure) {
        if (failure instanceof AccessDenied) {
            return failure;
        }
        if (failure instanceof AuthenticationFailedException) {
            // the cause names the failed check; its message may quote claims, so debug only
            LOG.debugf("OIDC token refused (reason: %s)", String.valueOf(failure.getCause()));
        } else {
            LOG.warnf("OIDC token could not be verified (reason: %s)", failure.toString());
        }
        return new AccessDenied(401, "the identity provider's token is not valid: its "
                + "signature, expiry, issuer or audience failed verification");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
