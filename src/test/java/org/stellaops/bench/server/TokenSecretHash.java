// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import org.stellaops.auth.ClientSecrets;

/** Prints the stored hash of a client secret, for a benchmark's configured client. */
public final class TokenSecretHash {

    private TokenSecretHash() {
    }

    public static void main(String[] args) {
        System.out.println(ClientSecrets.hash(args[0]));
    }
}
