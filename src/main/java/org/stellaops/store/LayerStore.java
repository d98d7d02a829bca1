// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Layer inventories (fragments) in Redis, keyed by diff id, analyzer version and fragment
 * schema, so an entry written by another analyzer set or an older schema is simply not found.
 * Two namespaces: fragments the server computed itself are shared by every client; fragments
 * a client uploaded are kept under that client's namespace and served to it alone, so one
 * client cannot poison what another is told about a layer. Every entry has a TTL; the memory
 * bound is Redis's own ({@code maxmemory} with an LRU policy, set for the embedded server).
 */
@ApplicationScoped
public class LayerStore {

    /** Version of the fragment form ({@code LayerInventoryJson}); bump it when that changes. */
    public static final int FRAGMENT_SCHEMA = 1;

    private final RedisCalls calls;

    @Inject
    public LayerStore(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /** The diff ids, in request order, for which neither namespace holds a fragment. */
    public Uni<List<String>> missing(String client, String analyzer, List<String> diffIds) {
        if (diffIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> keys = new ArrayList<>();
        for (String diffId : diffIds) {
            keys.add(client == null ? sharedKey(analyzer, diffId)
                    : RedisKeys.clientLayer(client, analyzer, FRAGMENT_SCHEMA, diffId));
            keys.add(sharedKey(analyzer, diffId));
        }
        return calls.eval(Scripts.LAYERS_HELD, keys, List.of()).map(held -> {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < diffIds.size(); i++) {
                if (held.get(i).toLong() == 0) {
                    missing.add(diffIds.get(i));
                }
            }
            return missing;
        });
    }

    /** Keeps a fragment a client uploaded, for that client only. */
    public Uni<Void> putClient(String client, String analyzer, String diffId, String json,
            long ttlMs) {
        return calls.send(Command.SET, RedisKeys.clientLayer(client, analyzer, FRAGMENT_SCHEMA,
                diffId), json, "PX", ttlMs).replaceWithVoid();
    }

    /** Keeps a fragment the server computed, for everyone. */
    public Uni<Void> putShared(String analyzer, String diffId, String json, long ttlMs) {
        return calls.send(Command.SET, sharedKey(analyzer, diffId), json, "PX", ttlMs)
                .replaceWithVoid();
    }

    /** The client's own fragment if it has one, else the shared one, else null. */
    public Uni<String> find(String client, String analyzer, String diffId) {
        Uni<Response> own = client == null ? Uni.createFrom().nullItem()
                : calls.send(Command.GET, RedisKeys.clientLayer(client, analyzer,
                        FRAGMENT_SCHEMA, diffId));
        return own.chain(found -> found != null ? Uni.createFrom().item(found)
                : calls.send(Command.GET, sharedKey(analyzer, diffId)))
                .map(found -> found == null ? null
                        : new String(found.toBytes(), StandardCharsets.UTF_8));
    }

    private static String sharedKey(String analyzer, String diffId) {
        return RedisKeys.sharedLayer(analyzer, FRAGMENT_SCHEMA, diffId);
    }
}
