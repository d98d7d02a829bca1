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
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the keycloak-quarkus-dist the build unpacks into {@code target/keycloak})
 * in development mode on loopback ports, run by the test's own Java. Every start begins with
 * an empty database, so realms from an earlier run never leak in; {@link #admin()} creates
 * what a test needs. Its output goes to {@code target/it-logs/keycloak.log}; it is killed with
 * everything it started when the test JVM ends, even if a test forgets to close it.
 */
final class KeycloakProcess implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "stella-it-admin";
    private static final Duration READY_WITHIN = Duration.ofSeconds(240);

    private final int port = Ports.free();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Duration startTime;

    private KeycloakProcess() {
    }

    /** Starts Keycloak and waits until its master realm answers discovery. */
    static KeycloakProcess started() {
        KeycloakProcess keycloak = new KeycloakProcess();
        keycloak.start();
        return keycloak;
    }

    private void start() {
        Path home = home();
        deleteTree(home.resolve("data"));
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + Ports.free(), "--hostname-strict=false");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
        long began = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        awaitReady(began);
    }

    private void awaitReady(long began) {
        long deadline = began + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                        + "; see " + log());
            }
            if (discoveryStatus("master") == 200) {
                startTime = Duration.ofNanos(System.nanoTime() - began);
                return;
            }
            pause();
        }
        throw new IllegalStateException("Keycloak not ready within " + READY_WITHIN
                + "; see " + log());
    }

    private int discoveryStatus(String realm) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(realmUrl(realm)
                    + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /** The admin REST API, as the bootstrap administrator. */
    KeycloakAdmin admin() {
        return new KeycloakAdmin(this);
    }

    /** A realm's URL: its tokens' issuer and the OIDC auth server URL for it. */
    String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** From launch until discovery answered: the dev-mode build (first start only) and boot. */
    Duration startTime() {
        return startTime;
    }

    Path log() {
        return ItPaths.logs().resolve("keycloak.log");
    }

    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path home() {
        Path home = Path.of(System.getProperty("stella.keycloak.home",
                "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak in " + home + ": the build unpacks it "
                    + "in pre-integration-test (./mvnw verify)");
        }
        return home;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
