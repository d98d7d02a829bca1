// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An OAuth2 client that may ask for access tokens (client credentials grant): its id, the
 * stored hash of its secret ({@link ClientSecrets}), its quota tier and the scopes it may be
 * granted. Ids are 1 to 64 characters of letters, digits, '.', '_' and '-'.
 */
public record Client(String id, String secretHash, String tier, Set<String> scopes) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Client {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a client id is 1 to 64 letters, digits, "
                    + "'.', '_' or '-', not '" + id + "'");
        }
        if (tier == null || tier.isBlank()) {
            throw new IllegalArgumentException("client " + id + " has no tier");
        }
        for (String scope : scopes) {
            if (!Scopes.ALL.contains(scope)) {
                throw new IllegalArgumentException("client " + id + ": unknown scope '" + scope
                        + "' (known: " + String.join(", ", new TreeSet<>(Scopes.ALL)) + ")");
            }
        }
        scopes = java.util.Collections.unmodifiableSet(new TreeSet<>(scopes));
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
