// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and sends the few kinds of request the stores (and the quota ledger) make.
 * Non-blocking throughout.
 */
public final class RedisCalls {

    private static final Map<String, String> SHAS = new ConcurrentHashMap<>();

    private final Redis redis;

    public RedisCalls(Redis redis) {
        this.redis = redis;
    }

    /** Sends one command; a nil reply arrives as a null item. */
    public Uni<Response> send(Command command, Object... args) {
        Request request = Request.cmd(command);
        for (Object arg : args) {
            add(request, arg);
        }
        return redis.send(request);
    }

    /**
     * Runs a script; arguments are strings, numbers or byte arrays. It is sent by its SHA-1
     * (EVALSHA), and in full only when Redis does not know it yet (after a restart).
     */
    public Uni<Response> eval(String script, List<String> keys, List<?> args) {
        String sha = SHAS.computeIfAbsent(script, RedisCalls::sha1);
        return redis.send(scriptRequest(Command.EVALSHA, sha, keys, args))
                .onFailure(e -> String.valueOf(e.getMessage()).startsWith("NOSCRIPT"))
                .recoverWithUni(() -> redis.send(scriptRequest(Command.EVAL, script, keys,
                        args)));
    }

    private static Request scriptRequest(Command command, String script, List<String> keys,
            List<?> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(arg -> add(request, arg));
        return request;
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    private static void add(Request request, Object arg) {
        if (arg instanceof byte[] bytes) {
            request.arg(bytes);
        } else if (arg instanceof Number number) {
            request.arg(number.longValue());
        } else {
            request.arg(String.valueOf(arg));
        }
    }

    /** A hash reply as a map, whether the server speaks RESP2 (flat list) or RESP3 (map). */
    static Map<String, String> hashOf(Response response) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (response == null) {
            return fields;
        }
        if (response.isMap()) {
            for (String key : response.getKeys()) {
                fields.put(key, response.get(key).toString());
            }
            return fields;
        }
        for (int i = 0; i + 1 < response.size(); i += 2) {
            fields.put(response.get(i).toString(), response.get(i + 1).toString());
        }
        return fields;
    }
}
