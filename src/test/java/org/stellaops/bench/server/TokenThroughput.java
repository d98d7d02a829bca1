// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /connect/token} throughput: CLIENTS threads, each on its own connection, ask for
 * access tokens back to back for SECONDS after a warm-up of the same length / 5, with HTTP
 * Basic client authentication. Prints one Markdown table row: clients, requests/s, p50, p99,
 * max (ms), errors. The first request of a client pays the PBKDF2 check; the server
 * remembers a verified secret, so the figure is that of the signing path.
 *
 * <p>Usage: {@code TokenThroughput URL CLIENT_ID SECRET CLIENTS SECONDS}
 */
public final class TokenThroughput {

    private TokenThroughput() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/connect/token");
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[3]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[4]));
        run(uri, basic, clients, length.dividedBy(5), new Latencies(), new AtomicLong());
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        run(uri, basic, clients, length, latencies, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "| %d | %.0f | %.2f | %.2f | %.2f | %d |%n", clients,
                latencies.count() / seconds, latencies.percentileMs(50),
                latencies.percentileMs(99), latencies.maxMs(), errors.get());
    }

    private static void run(URI uri, String basic, int clients, Duration length,
            Latencies latencies, AtomicLong errors) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .build();
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request,
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - t0);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
