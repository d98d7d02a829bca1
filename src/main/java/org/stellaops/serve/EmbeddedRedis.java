// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The embedded default: when no Redis is configured, {@code stella serve} starts the real
 * redis-server 7 that org.signal:embedded-redis ships, on a free loopback port, and stops it
 * on exit. It keeps nothing on disk, and its memory is bounded with an LRU policy over keys
 * that have a TTL (all of ours do).
 */
final class EmbeddedRedis {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);
    static final String HOSTS = "quarkus.redis.hosts";
    static final String ENV_HOSTS = "QUARKUS_REDIS_HOSTS";

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** True when a Redis is configured: system property, environment or our properties. */
    static boolean configured() {
        if (notBlank(System.getProperty(HOSTS)) || notBlank(System.getenv(ENV_HOSTS))) {
            return true;
        }
        Properties properties = new Properties();
        try (InputStream in = EmbeddedRedis.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return false;
        }
        return notBlank(properties.getProperty(HOSTS))
                || notBlank(properties.getProperty("%prod." + HOSTS));
    }

    /** Starts a server on a free loopback port. */
    static EmbeddedRedis start(String maxMemory) throws IOException {
        int port = freePort();
        RedisServer server = RedisServer.builder()
                .bind("127.0.0.1")
                .port(port)
                .setting("maxmemory " + maxMemory)
                .setting("maxmemory-policy volatile-lru")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        LOG.info("embedded redis started (version: 7.0.15, port: {}, maxmemory: {})", port,
                maxMemory);
        return new EmbeddedRedis(server, port);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void stop() {
        try {
            server.stop();
            LOG.info("embedded redis stopped (port: {})", port);
        } catch (RuntimeException e) {
            LOG.warn("embedded redis did not stop cleanly (port: {})", port, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
