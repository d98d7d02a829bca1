// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Named, versioned policies in Redis: one hash per name ({@code stella:policy:NAME}: version to
 * a JSON entry), a counter per name so versions are never reused, even after a delete, and a
 * set of names. Versions are immutable: a change is a new version, so a report's policy digest
 * and version always name one text.
 */
@ApplicationScoped
public class PolicyStore {

    static final String NAMES = "stella:policies";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisCalls calls;

    @Inject
    public PolicyStore(Redis redis) {
        this.calls = new RedisCalls(redis);
    }

    /** Stores a new version of the policy named {@code name}; the version stored. */
    public Uni<StoredPolicy> save(String name, String digest, String stored, String text) {
        return calls.send(Command.INCR, key(name) + ":seq").chain(seq -> {
            StoredPolicy policy = new StoredPolicy(name, seq.toLong(), digest, stored, text);
            return calls.send(Command.HSET, key(name), String.valueOf(policy.version()),
                    toJson(policy))
                    .chain(ok -> calls.send(Command.SADD, NAMES, name))
                    .replaceWith(policy);
        });
    }

    /** A version of the policy, the latest when {@code version} is null; null when none. */
    public Uni<StoredPolicy> find(String name, Long version) {
        return versions(name).map(all -> {
            if (all.isEmpty()) {
                return null;
            }
            if (version == null) {
                return all.get(all.size() - 1);
            }
            return all.stream().filter(p -> p.version() == version).findFirst().orElse(null);
        });
    }

    /** Every version of the policy, oldest first. */
    public Uni<List<StoredPolicy>> versions(String name) {
        return calls.send(Command.HVALS, key(name)).map(values -> {
            List<StoredPolicy> all = new ArrayList<>();
            if (values != null) {
                values.forEach(value -> all.add(fromJson(value.toString())));
            }
            all.sort(Comparator.comparingLong(StoredPolicy::version));
            return all;
        });
    }

    /** The names of every stored policy, sorted. */
    public Uni<List<String>> names() {
        return calls.send(Command.SMEMBERS, NAMES).map(values -> {
            TreeSet<String> names = new TreeSet<>();
            if (values != null) {
                for (Response value : values) {
                    names.add(value.toString());
                }
            }
            return List.copyOf(names);
        });
    }

    /** Deletes one version, or all of them when {@code version} is null; how many went. */
    public Uni<Long> delete(String name, Long version) {
        if (version != null) {
            return calls.send(Command.HDEL, key(name), String.valueOf(version))
                    .chain(removed -> calls.send(Command.HLEN, key(name)).chain(left ->
                            left.toLong() > 0 ? Uni.createFrom().item(removed.toLong())
                                    : calls.send(Command.SREM, NAMES, name)
                                            .replaceWith(removed.toLong())));
        }
        return calls.send(Command.HLEN, key(name)).chain(count -> calls.send(Command.DEL,
                key(name)).chain(ok -> calls.send(Command.SREM, NAMES, name))
                .replaceWith(count.toLong()));
    }

    private static String key(String name) {
        return "stella:policy:" + name;
    }

    private static String toJson(StoredPolicy policy) {
        return JSON.createObjectNode().put("name", policy.name()).put("version", policy.version())
                .put("digest", policy.digest()).put("stored", policy.stored())
                .put("text", policy.text()).toString();
    }

    private static StoredPolicy fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
            return new StoredPolicy(node.path("name").asText(), node.path("version").asLong(),
                    node.path("digest").asText(), node.path("stored").asText(),
                    node.path("text").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("a stored policy does not parse", e);
        }
    }
}
