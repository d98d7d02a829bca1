// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.testing;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real redis-server 7 (org.signal:embedded-redis) on a free loopback port, nothing kept on
 * disk, with a Vert.x client to it, for unit tests of Lua scripts. Close it after the test.
 */
public final class RedisServerResource implements AutoCloseable {

    private final RedisServer server;
    private final Vertx vertx = Vertx.vertx();
    private final Redis client;

    public RedisServerResource() {
        int port = freePort();
        server = RedisServer.builder().bind("127.0.0.1").port(port)
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        client = Redis.createClient(vertx, new RedisOptions()
                .setConnectionString("redis://127.0.0.1:" + port)
                .setMaxPoolSize(32).setMaxPoolWaiting(4096));
    }

    public Redis client() {
        return client;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        vertx.closeAndAwait();
        server.stop();
    }
}
