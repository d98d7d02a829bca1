// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * VEX documents registered through the API, in one Redis hash shared by every replica
 * ({@code stella:vex}: registry id to a JSON entry holding the document). A client sees its
 * own documents and the global ones; only its own may it delete.
 *
 * <p>Known shortcoming: listing reads the whole hash, which suits hundreds of documents, not
 * hundreds of thousands; an index per owner (a set of ids) would fix that.
 */
@ApplicationScoped
public class VexRegistry {

    static final String KEY = "stella:vex";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisCalls calls;

    @Inject
    public VexRegistry(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    public Uni<RegisteredVex> register(RegisteredVex entry) {
        return calls.send(Command.HSET, KEY, entry.id(), toJson(entry)).replaceWith(entry);
    }

    /** The client's documents and the global ones, global first, each by registry id. */
    public Uni<List<RegisteredVex>> visibleTo(String owner) {
        return calls.send(Command.HVALS, KEY).map(values -> {
            List<RegisteredVex> visible = new ArrayList<>();
            if (values != null) {
                for (Response value : values) {
                    RegisteredVex entry = fromJson(value.toString());
                    if (entry.owner().equals(RegisteredVex.GLOBAL)
                            || entry.owner().equals(owner)) {
                        visible.add(entry);
                    }
                }
            }
            visible.sort(Comparator.comparing((RegisteredVex e) -> !e.owner()
                    .equals(RegisteredVex.GLOBAL)).thenComparing(RegisteredVex::id));
            return visible;
        });
    }

    /** Deletes the owner's document; false when it has no such document. */
    public Uni<Boolean> delete(String owner, String id) {
        return calls.send(Command.HGET, KEY, id).chain(value -> {
            if (value == null || !fromJson(value.toString()).owner().equals(owner)) {
                return Uni.createFrom().item(false);
            }
            return calls.send(Command.HDEL, KEY, id).map(r -> r.toLong() > 0);
        });
    }

    private static String toJson(RegisteredVex entry) {
        ObjectNode node = JSON.createObjectNode().put("id", entry.id()).put("owner", entry.owner())
                .put("origin", entry.origin()).put("format", entry.format())
                .put("digest", entry.digest()).put("statements", entry.statements())
                .put("registered", entry.registered())
                .put("document", Base64.getEncoder().encodeToString(entry.document()));
        return node.toString();
    }

    private static RegisteredVex fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
            return new RegisteredVex(node.path("id").asText(), node.path("owner").asText(),
                    node.path("origin").asText(), node.path("format").asText(),
                    node.path("digest").asText(), node.path("statements").asInt(),
                    node.path("registered").asText(),
                    Base64.getDecoder().decode(node.path("document").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("a VEX registry entry does not parse", e);
        }
    }
}
