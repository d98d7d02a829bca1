// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import org.stellaops.auth.Scopes;

/**
 * The scope each endpoint needs, by method and path (the {@code /api/v1} prefix already
 * removed). Kept in one table rather than on each resource so that the Vert.x routes (the
 * event stream) and the REST resources are guarded alike, and a review sees every rule at once.
 * Paths outside the API (health, metrics, OpenAPI, the token endpoint) need none.
 */
final class ScopeRules {

    private ScopeRules() {
    }

    /** The scope the request needs, or null when it needs none. */
    static String required(String method, String path) {
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return Scopes.ADMIN;
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/policy/preview")) {
            return Scopes.POLICY_PREVIEW;
        }
        if (path.equals("/scan") || path.startsWith("/layers")) {
            return Scopes.SCAN_WRITE;
        }
        if (path.equals("/scans") || path.startsWith("/scans/")) {
            return read ? Scopes.SCAN_READ : Scopes.SCAN_WRITE;
        }
        if (path.equals("/vex") || path.startsWith("/vex/") || path.equals("/policies")
                || path.startsWith("/policies/")) {
            return read ? Scopes.SCAN_READ : Scopes.SCAN_WRITE;
        }
        return null;
    }
}
