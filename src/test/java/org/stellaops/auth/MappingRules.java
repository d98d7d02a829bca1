// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claim-mapping configuration for tests: the defaults, with each key replaceable. */
record MappingRules(String tierClaim, String scopeClaim, String defaultTier,
        Optional<List<String>> defaultScopes, Map<String, String> tiers,
        Map<String, List<String>> scopes, List<String> tierPrecedence)
        implements OidcMappingConfig {

    static MappingRules defaults() {
        return new MappingRules("stella_tier", "scope", "free", Optional.empty(), Map.of(),
                Map.of(), List.of("enterprise", "free"));
    }

    MappingRules scopeClaim(String claim) {
        return new MappingRules(tierClaim, claim, defaultTier, defaultScopes, tiers, scopes,
                tierPrecedence);
    }

    MappingRules roleTiers(Map<String, String> roleTiers) {
        return new MappingRules(tierClaim, scopeClaim, defaultTier, defaultScopes, roleTiers,
                scopes, tierPrecedence);
    }

    MappingRules roleScopes(Map<String, List<String>> roleScopes) {
        return new MappingRules(tierClaim, scopeClaim, defaultTier, defaultScopes, tiers,
                roleScopes, tierPrecedence);
    }

    MappingRules everyTokenGets(List<String> scopes) {
        return new MappingRules(tierClaim, scopeClaim, defaultTier, Optional.of(scopes), tiers,
                this.scopes, tierPrecedence);
    }
}
