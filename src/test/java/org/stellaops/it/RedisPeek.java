// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads what the servers keep in a test's Redis: key names and their values as text. */
final class RedisPeek implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final Vertx vertx = Vertx.vertx();
    private final Redis redis;

    RedisPeek(RedisProcess process) {
        redis = Redis.createClient(vertx, process.url());
    }

    List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        send(Request.cmd(Command.KEYS).arg(pattern)).forEach(k -> keys.add(k.toString()));
        return keys;
    }

    /** Every value under the key as one text: a string, a hash's fields and values, a stream. */
    String dump(String key) {
        String type = send(Request.cmd(Command.TYPE).arg(key)).toString();
        Response value = switch (type) {
            case "string" -> send(Request.cmd(Command.GET).arg(key));
            case "hash" -> send(Request.cmd(Command.HGETALL).arg(key));
            case "stream" -> send(Request.cmd(Command.XRANGE).arg(key).arg("-").arg("+"));
            default -> null;
        };
        return type + " " + value;
    }

    Response send(Request request) {
        return redis.send(request).await().atMost(PATIENCE);
    }

    @Override
    public void close() {
        redis.close();
        vertx.closeAndAwait();
    }
}
