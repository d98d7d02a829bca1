// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

/** The claim names of Stella's own tokens beyond the registered ones (RFC 7519 §4.1). */
public final class TokenClaims {

    /** Space-separated scopes, as in RFC 8693 §4.2. */
    public static final String SCOPE = "scope";
    /** The quota tier ({@link Tiers}). */
    public static final String TIER = "tier";
    /** {@code client} for a client-credentials access token, {@code token} for an offline one. */
    public static final String KIND = "stella_kind";

    public static final String KIND_CLIENT = "client";
    public static final String KIND_TOKEN = "token";

    private TokenClaims() {
    }
}
