// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private static final String KEYCLOAK = "https://idp.example/realms/stella";

    @Test
    void keycloakTokenNamingItsTierAndScopes() {
        Caller caller = map(MappingRules.defaults(), claims(Map.of(
                "stella_tier", "enterprise", "scope", "profile scan:write scan:read")), Set.of());

        assertThat(caller.kind()).isEqualTo(Caller.Kind.OIDC);
        assertThat(caller.subject()).isEqualTo("service-account-7");
        assertThat(caller.tier()).isEqualTo(Tiers.ENTERPRISE);
        assertThat(caller.scopes()).containsExactly(Scopes.SCAN_READ, Scopes.SCAN_WRITE);
    }

    @Test
    void unknownScopeNamesAreDropped() {
        Caller caller = map(MappingRules.defaults(), claims(Map.of(
                "scope", "openid email admin:everything scan:read")), Set.of());

        assertThat(caller.scopes()).containsExactly(Scopes.SCAN_READ);
    }

    @Test
    void tokenWithoutTierOrRolesGetsTheDefaultTierAndNoScope() {
        Caller caller = map(MappingRules.defaults(), claims(Map.of()), Set.of());

        assertThat(caller.tier()).isEqualTo(Tiers.FREE);
        assertThat(caller.scopes()).isEmpty();
    }

    @Test
    void entraAppRolesMapToScopesAndTier() {
        MappingRules rules = MappingRules.defaults().scopeClaim("scp")
                .roleScopes(Map.of("Stella.Scan", List.of("scan:write", " scan:read")))
                .roleTiers(Map.of("Stella.Enterprise", "enterprise"));

        Caller caller = map(rules, claims(Map.of()), Set.of("Stella.Scan", "Stella.Enterprise"));

        assertThat(caller.tier()).isEqualTo(Tiers.ENTERPRISE);
        assertThat(caller.scopes()).containsExactly(Scopes.SCAN_READ, Scopes.SCAN_WRITE);
    }

    @Test
    void scopeClaimAsJsonArrayIsRead() {
        MappingRules rules = MappingRules.defaults().scopeClaim("scp");
        Map<String, Object> claims = claims(Map.of());
        claims.put("scp", Json.createArrayBuilder().add("scan:read").add("policy:preview")
                .build());

        assertThat(map(rules, claims, Set.of()).scopes())
                .containsExactly(Scopes.POLICY_PREVIEW, Scopes.SCAN_READ);
    }

    @Test
    void rolesMappedToSeveralTiersGiveTheFirstByPrecedence() {
        MappingRules rules = MappingRules.defaults().roleTiers(Map.of(
                "basic", "free", "paying", "enterprise", "lab", "research"));

        assertThat(map(rules, claims(Map.of()), Set.of("basic", "paying", "lab")).tier())
                .isEqualTo(Tiers.ENTERPRISE);
        assertThat(map(rules, claims(Map.of()), Set.of("lab")).tier()).isEqualTo("research");
    }

    @Test
    void tierClaimWinsOverRoleMapping() {
        MappingRules rules = MappingRules.defaults().roleTiers(Map.of("paying", "enterprise"));

        Caller caller = map(rules, claims(Map.of("stella_tier", "free")), Set.of("paying"));

        assertThat(caller.tier()).isEqualTo(Tiers.FREE);
    }

    @Test
    void defaultScopesAreAddedButStillFiltered() {
        MappingRules rules = MappingRules.defaults()
                .everyTokenGets(List.of("scan:read", "delete:everything"));

        assertThat(map(rules, claims(Map.of()), Set.of()).scopes())
                .containsExactly(Scopes.SCAN_READ);
    }

    @Test
    void quotaKeyHashesIssuerAndSubjectAndHidesBoth() {
        Caller caller = map(MappingRules.defaults(), claims(Map.of()), Set.of());

        assertThat(caller.quotaKey()).matches("oidc:[0-9a-f]{64}")
                .doesNotContain("service-account-7")
                .isEqualTo(ClaimMapping.quotaKey(KEYCLOAK, "service-account-7"));
        assertThat(ClaimMapping.quotaKey("https://other.example", "service-account-7"))
                .isNotEqualTo(caller.quotaKey());
        assertThat(ClaimMapping.quotaKey("ab", "c")).isNotEqualTo(ClaimMapping.quotaKey("a", "bc"));
    }

    @Test
    void tokenWithoutSubjectIsRefused() {
        Map<String, Object> claims = claims(Map.of());
        claims.remove("sub");

        assertThatThrownBy(() -> map(MappingRules.defaults(), claims, Set.of()))
                .isInstanceOfSatisfying(AccessDenied.class,
                        denied -> assertThat(denied.status()).isEqualTo(401));
    }

    private static Map<String, Object> claims(Map<String, Object> extra) {
        Map<String, Object> claims = new HashMap<>(extra);
        claims.put("iss", KEYCLOAK);
        claims.put("sub", "service-account-7");
        return claims;
    }

    private static Caller map(MappingRules rules, Map<String, Object> claims, Set<String> roles) {
        return new ClaimMapping(rules).callerOf(claims::get, roles);
    }
}
