// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stellaops.auth.Client;

/**
 * OAuth2 clients added through the admin API, in one Redis hash shared by every replica
 * ({@code stella:auth:clients}: client id to a JSON entry with the secret's hash, never the
 * secret). Adding is atomic (HSETNX), so two replicas cannot both create one id.
 */
@ApplicationScoped
public class ClientRegistry {

    static final String KEY = "stella:auth:clients";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisCalls calls;

    @Inject
    public ClientRegistry(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /** Adds the client: false when one with this id is registered already. */
    public Uni<Boolean> add(Client client) {
        return calls.send(Command.HSETNX, KEY, client.id(), toJson(client))
                .map(added -> added.toLong() == 1);
    }

    /** The client, or null. */
    public Uni<Client> find(String id) {
        return calls.send(Command.HGET, KEY, id)
                .map(value -> value == null ? null : fromJson(value.toString()));
    }

    /** Every registered client, by id. */
    public Uni<List<Client>> list() {
        return calls.send(Command.HGETALL, KEY).map(response -> {
            List<Client> clients = new ArrayList<>();
            for (Map.Entry<String, String> e : RedisCalls.hashOf(response).entrySet()) {
                clients.add(fromJson(e.getValue()));
            }
            clients.sort(Comparator.comparing(Client::id));
            return clients;
        });
    }

    /** Removes the client: false when there was none. */
    public Uni<Boolean> remove(String id) {
        return calls.send(Command.HDEL, KEY, id).map(removed -> removed.toLong() == 1);
    }

    private static String toJson(Client client) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", client.id());
        node.put("secretHash", client.secretHash());
        node.put("tier", client.tier());
        client.scopes().forEach(node.withArray("scopes")::add);
        return node.toString();
    }

    private static Client fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            TreeSet<String> scopes = new TreeSet<>();
            node.path("scopes").forEach(s -> scopes.add(s.asText()));
            return new Client(node.path("id").asText(), node.path("secretHash").asText(),
                    node.path("tier").asText(), scopes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a client entry in Redis is not JSON", e);
        }
    }
}
