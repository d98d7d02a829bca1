// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.mutiny.Uni;

/** Where revoked token ids are kept (the server: Redis, shared by every replica). */
public interface RevokedTokens {

    /** Whether the token with this id was revoked; never blocks the calling thread. */
    Uni<Boolean> revoked(String tokenId);
}
