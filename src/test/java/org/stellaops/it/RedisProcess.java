// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import redis.embedded.RedisServer;

/**
 * A real redis-server 7 (the binary org.signal:embedded-redis ships) on a fixed loopback port,
 * with nothing kept on disk: stopping it loses every key, as a Redis without persistence does
 * when it restarts. It can be started again on the same port, which is how a test restarts
 * Redis under running servers.
 */
final class RedisProcess implements AutoCloseable {

    private final int port;
    private RedisServer server;

    private RedisProcess(int port) {
        this.port = port;
    }

    static RedisProcess started() {
        RedisProcess redis = new RedisProcess(Ports.free());
        redis.start();
        return redis;
    }

    synchronized void start() {
        if (server != null && server.isActive()) {
            return;
        }
        server = RedisServer.builder()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
    }

    /** Stops the server and waits for its process to end; every key is gone. */
    synchronized void stop() {
        if (server != null && server.isActive()) {
            server.stop();
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
