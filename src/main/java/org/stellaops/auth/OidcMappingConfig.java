// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the claims of an identity provider's token become a caller's tier and scopes
 * ({@code stella.auth.oidc.*}, docs/oidc.md). Role keys are the roles quarkus-oidc finds in
 * the token ({@code quarkus.oidc.roles.role-claim-path}); quote keys holding dots.
 */
@ConfigMapping(prefix = "stella.auth.oidc")
public interface OidcMappingConfig {

    /** The top-level claim naming the tier outright (a string); it wins over role mappings. */
    @WithDefault("stella_tier")
    String tierClaim();

    /** The top-level claim listing scopes: a space-separated string or an array. */
    @WithDefault("scope")
    String scopeClaim();

    /** The tier of a token that neither names one nor holds a mapped role. */
    @WithDefault("free")
    String defaultTier();

    /** Scopes every valid token gets, on top of what its claims and roles grant. */
    Optional<List<String>> defaultScopes();

    /** Role to tier: {@code stella.auth.oidc.tiers.stella-enterprise=enterprise}. */
    Map<String, String> tiers();

    /** Role to scopes: {@code stella.auth.oidc.scopes.scanner=scan:write,scan:read}. */
    Map<String, List<String>> scopes();

    /** When roles map to several tiers, the first of this list that is among them wins. */
    @WithDefault("enterprise,free")
    List<String> tierPrecedence();
}
