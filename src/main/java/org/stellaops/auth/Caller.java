// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as the access checks, quotas and rate limits of one request see it. Resolved
 * once per request in front of the REST resources and kept in the Vert.x routing context under
 * {@link #ATTRIBUTE}. Holds no personal data: an anonymous caller is known only by a salted
 * hash of its address.
 *
 * @param kind how the caller proved who it is
 * @param subject the client id ({@code CLIENT}), the token id ({@code TOKEN}, an offline free
 *     token), the identity provider's subject ({@code OIDC}); null for {@code ANONYMOUS}
 * @param tier the quota tier: {@link Tiers#ANONYMOUS}, {@link Tiers#FREE},
 *     {@link Tiers#ENTERPRISE} or a configured one
 * @param scopes what the caller may do ({@link Scopes})
 * @param quotaKey what quotas and rate limits count against: a salted hash of the address for
 *     an anonymous caller, a hash of the subject otherwise; never a plain identifier
 */
public record Caller(Kind kind, String subject, String tier, Set<String> scopes,
        String quotaKey) {

    /** The routing-context key the resolved caller is kept under. */
    public static final String ATTRIBUTE = "stella.caller";

    /** How a caller proved who it is. */
    public enum Kind { ANONYMOUS, CLIENT, TOKEN, OIDC }

    public Caller {
        scopes = java.util.Collections.unmodifiableSet(new TreeSet<>(scopes));
    }

    /** An anonymous caller known by the salted hash of its address. */
    public static Caller anonymous(String addressHash) {
        return new Caller(Kind.ANONYMOUS, null, Tiers.ANONYMOUS, Scopes.ANONYMOUS, addressHash);
    }

    public boolean anonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
