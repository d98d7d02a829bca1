// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real CNCF distribution registry ({@code docker-registry serve}) on a free 127.0.0.1 port
 * with its own storage directory, optionally behind htpasswd basic auth. Close it to stop it.
 */
public final class RegistryServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private RegistryServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a registry; {@code htpasswd} null means anonymous access. */
    public static RegistryServer start(Path workDir, Path htpasswd) throws IOException {
        Path binary = DebianTools.require("docker-registry", "docker-registry");
        int port = freePort();
        Path storage = Files.createDirectories(workDir.resolve("storage"));
        String auth = htpasswd == null ? "" : """
                auth:
                  htpasswd:
                    realm: stella-test
                    path: %s
                """.formatted(htpasswd);
        Path config = workDir.resolve("config.yml");
        Files.writeString(config, """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                http:
                  addr: 127.0.0.1:%d
                %s""".formatted(storage, port, auth));
        Process process = new ProcessBuilder(List.of(binary.toString(), "serve",
                config.toString())).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("registry.log").toFile()).start();
        RegistryServer server = new RegistryServer(process, port);
        server.awaitReady(workDir.resolve("registry.log"));
        return server;
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:PORT}, the registry part of image references. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited:\n"
                        + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection)
                        URI.create("http://" + address() + "/v2/").toURL().openConnection();
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for docker-registry", e);
            }
        }
        close();
        throw new IllegalStateException("docker-registry did not answer /v2/ within 30 s:\n"
                + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
