// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code stella serve}) as a real process on a loopback port, with the
 * configuration a test gives it as system properties. Its output goes to
 * {@code target/it-logs/NAME.log}, appended across restarts. It can be stopped (SIGTERM, a
 * graceful shutdown), killed (SIGKILL: no shutdown hook runs, the lease is not given back)
 * and started again on the same port. Short leases and snapshot polls are the defaults here,
 * so take-overs and snapshot switches happen within a test's patience.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final Set<ServerProcess> STARTED = ConcurrentHashMap.newKeySet();

    static {
        // a test JVM that dies leaves no server behind
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> STARTED.forEach(ServerProcess::kill)));
    }

    private final String name;
    private final Path db;
    private final int port = Ports.free();
    private final Map<String, String> config = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    ServerProcess(String name, Path db) {
        this.name = name;
        this.db = db;
        config.put("stella.server.lease", "2s");
        config.put("stella.server.snapshot-poll", "200ms");
        // every test submits from 127.0.0.1: quotas and rates too large to matter, unless a
        // test sets its own (QuotaIT); the access layer still runs on every request
        config.put("stella.quota.tiers.anonymous", "1000000");
        config.put("stella.quota.rate-limit", "100000");
        // the signing key the server makes on its first start stays out of the user's home
        config.put("stella.attest.keys-dir", ItPaths.work().resolve("keys-" + name).toString());
        config.put("stella.auth.keys-dir", ItPaths.work().resolve("auth-keys-" + name)
                .toString());
    }

    /** Sets a configuration key, passed as a system property; takes effect at the next start. */
    ServerProcess with(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Uses a shared Redis instead of starting the embedded one. */
    ServerProcess redis(RedisProcess redis) {
        return with("quarkus.redis.hosts", redis.url());
    }

    ServerProcess replica(String replicaId) {
        return with("stella.server.replica-id", replicaId);
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200. */
    ServerProcess start() {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the process without waiting for it. */
    synchronized void launch() {
        if (alive()) {
            throw new IllegalStateException(name + " is running already");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", ItPaths.app().toString(), "serve",
                "--port", String.valueOf(port), "--host", "127.0.0.1", "--db", db.toString()));
        try {
            Files.writeString(log(), "--- " + Instant.now() + " " + String.join(" ", command)
                    + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        STARTED.add(this);
    }

    void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " before it was ready:\n" + logTail(40));
            }
            if (readyStatus() == 200) {
                return;
            }
            pause(100);
        }
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN + ":\n"
                + logTail(40));
    }

    /** The status {@code /q/health/ready} answers, or -1 when nothing answers. */
    int readyStatus() {
        try {
            return http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL, and the same for anything the server started; returns once it is gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        waitForExit(Duration.ofSeconds(10));
        STARTED.remove(this);
    }

    /** SIGTERM: Quarkus shuts down (and stops its embedded Redis); killed if it lingers. */
    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(20))) {
            kill();
        }
        STARTED.remove(this);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    String replicaId() {
        return config.get("stella.server.replica-id");
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    int port() {
        return port;
    }

    Path log() {
        return ItPaths.logs().resolve(name + ".log");
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
