// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.stellaops.auth.RevokedTokens;

/**
 * Revoked token ids in Redis, shared by every replica: one key per id
 * ({@code stella:auth:revoked:JTI}) holding when it was revoked. A revocation given the token's
 * expiry is kept until then (a later token cannot reuse a 128-bit random id, so forgetting it
 * afterwards is safe); one without is kept for good.
 */
@ApplicationScoped
public class RevokedTokenStore implements RevokedTokens {

    static final String PREFIX = "stella:auth:revoked:";

    private final RedisCalls calls;

    @Inject
    public RevokedTokenStore(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /** @param expiresAt the token's expiry plus any leeway, or null when unknown */
    public Uni<Void> revoke(String tokenId, Instant expiresAt) {
        String now = Instant.now().toString();
        if (expiresAt == null) {
            return calls.send(Command.SET, PREFIX + tokenId, now).replaceWithVoid();
        }
        return calls.send(Command.SET, PREFIX + tokenId, now, "PXAT", expiresAt.toEpochMilli())
                .replaceWithVoid();
    }

    @Override
    public Uni<Boolean> revoked(String tokenId) {
        return calls.send(Command.EXISTS, PREFIX + tokenId).map(n -> n.toLong() == 1);
    }
}
