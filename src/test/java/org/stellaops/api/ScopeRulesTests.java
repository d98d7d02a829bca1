// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stellaops.auth.Scopes;

class ScopeRulesTests {

    @Test
    void writesNeedScanWrite() {
        assertThat(ScopeRules.required("POST", "/scan")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(ScopeRules.required("PUT", "/layers/sha256:ab")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(ScopeRules.required("POST", "/layers/missing")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(ScopeRules.required("POST", "/vex")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(ScopeRules.required("POST", "/policies")).isEqualTo(Scopes.SCAN_WRITE);
        assertThat(ScopeRules.required("DELETE", "/scans/0a")).isEqualTo(Scopes.SCAN_WRITE);
    }

    @Test
    void readsNeedScanRead() {
        for (String path : new String[] {"/scans", "/scans/0a", "/scans/0a/report",
            "/scans/0a/events", "/scans/0a/srm", "/scans/0a/attestations", "/vex",
            "/policies/base"}) {
            assertThat(ScopeRules.required("GET", path)).as(path).isEqualTo(Scopes.SCAN_READ);
        }
    }

    @Test
    void previewAndAdminHaveTheirOwnScopes() {
        assertThat(ScopeRules.required("POST", "/policy/preview"))
                .isEqualTo(Scopes.POLICY_PREVIEW);
        assertThat(ScopeRules.required("GET", "/admin/clients")).isEqualTo(Scopes.ADMIN);
        assertThat(ScopeRules.required("POST", "/admin/tokens/revoked")).isEqualTo(Scopes.ADMIN);
    }

    @Test
    void probesMetricsAndTheTokenEndpointNeedNone() {
        for (String path : new String[] {"/q/health/ready", "/health", "/metrics",
            "/q/openapi", "/connect/token", "/administrator"}) {
            assertThat(ScopeRules.required("GET", path)).as(path).isNull();
        }
    }
}
