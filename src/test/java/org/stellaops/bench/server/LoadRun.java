// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Concurrent clients, each submitting the same SBOM with {@code POST /scan?wait=true} back to
 * back for a fixed time, while {@link ServerSampler} watches the queue and the memory. A 200
 * counts as a scan done; a 429 is counted apart and its Retry-After honoured, as a well-behaved
 * client does; anything else (a 202 because the wait ran out, another status, a failed
 * connection) is an error. Requests under way at the deadline are let finish and counted.
 * The state and history of each scan answered 202 go to standard error.
 *
 * <p>Usage: {@code LoadRun URL SBOM CLIENTS SECONDS SERVER_PID [REDIS_PID REDIS_PORT]}. Prints
 * one line of key=value.
 */
public final class LoadRun {

    private final BenchClient client;
    private final byte[] sbom;
    private final String type;
    private final Latencies latencies = new Latencies();
    private final AtomicLong tooMany = new AtomicLong();
    private final AtomicReference<byte[]> lastReport = new AtomicReference<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private final List<String> unanswered = new CopyOnWriteArrayList<>();

    private LoadRun(BenchClient client, Path sbom) throws Exception {
        this.client = client;
        this.sbom = Files.readAllBytes(sbom);
        this.type = BenchClient.contentTypeOf(sbom);
    }

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient(args[0]);
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long serverPid = Long.parseLong(args[4]);
        long redisPid = args.length > 5 ? Long.parseLong(args[5]) : 0;
        int redisPort = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        LoadRun run = new LoadRun(client, Path.of(args[1]));

        String before = client.getText("/metrics");
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        try (ServerSampler sampler = new ServerSampler(client, serverPid, redisPid, redisPort)) {
            sampler.start();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Thread thread = new Thread(() -> run.submitUntil(deadline), "client-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            sampler.stop();
            String after = client.getText("/metrics");
            System.out.println(run.summary(clients, elapsed) + " " + sampler.summary() + " "
                    + StageTimes.between(before, after));
            run.describeUnanswered();
        }
    }

    private String summary(int clients, double elapsed) {
        return String.format(Locale.ROOT, "components=%d clients=%d elapsed_s=%.1f scans=%d "
                + "throughput_per_s=%.2f http_429=%d errors=%d error_kinds=%s %s",
                components(), clients, elapsed, latencies.count(), latencies.count() / elapsed,
                tooMany.get(), errorCount(), errorKinds(), latencies.summary("scan"));
    }

    private void submitUntil(long deadline) {
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = client.post("/scan?wait=true", type, sbom);
                int status = answer.statusCode();
                if (status == 200) {
                    latencies.add(System.nanoTime() - start);
                    lastReport.set(answer.body());
                } else if (status == 202) {
                    error("http_202");
                    unanswered.add(BenchClient.readJson(answer.body()).path("id").asText());
                } else if (status == 429) {
                    tooMany.incrementAndGet();
                    Thread.sleep(1000L * retryAfter(answer));
                } else {
                    error("http_" + status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                error(e.getClass().getSimpleName());
            }
        }
    }

    /**
     * On standard error, the state and history of every scan whose wait ran out (a 202): why
     * it did not end in time is a question for the server, not for the load.
     */
    private void describeUnanswered() throws InterruptedException {
        for (String id : unanswered) {
            System.err.println("scan " + id + " not answered in time; its state now: "
                    + client.getText("/scans/" + id));
            System.err.println("its events: " + client.eventLines(id, 2000));
        }
    }

    /** Components of the SBOM, as the last report counted them; -1 when none came back. */
    private long components() {
        byte[] report = lastReport.get();
        return report == null ? -1
                : BenchClient.readJson(report).path("counts").path("components").asLong(-1);
    }

    private static long retryAfter(HttpResponse<byte[]> answer) {
        try {
            return Math.max(1, Long.parseLong(answer.headers().firstValue("Retry-After")
                    .orElse("1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private synchronized void error(String kind) {
        errors.merge(kind, 1L, Long::sum);
    }

    private synchronized long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    private synchronized String errorKinds() {
        return errors.isEmpty() ? "none" : errors.toString().replace(" ", "");
    }
}
