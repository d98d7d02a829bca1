// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.util.Set;

/** The scopes tokens carry and endpoints require. */
public final class Scopes {

    public static final String SCAN_WRITE = "scan:write";
    public static final String SCAN_READ = "scan:read";
    public static final String POLICY_PREVIEW = "policy:preview";
    public static final String ADMIN = "admin";

    /** Every scope there is. */
    public static final Set<String> ALL = Set.of(SCAN_WRITE, SCAN_READ, POLICY_PREVIEW, ADMIN);

    /**
     * What a caller without a token may do: scan and read (its scans by their unguessable ids)
     * and preview policies, so that no pipeline breaks for lack of an account.
     */
    public static final Set<String> ANONYMOUS = Set.of(SCAN_WRITE, SCAN_READ, POLICY_PREVIEW);

    private Scopes() {
    }
}
