// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the server while a load runs, every 250 ms: the queue depth its /metrics shows
 * ({@code stella_queue_depth}) and, when the Redis port is known, the depth Redis holds at that
 * moment; the heap in use ({@code jvm_memory_used_bytes}, area heap) and the old generation
 * after the last collection ({@code jvm_gc_live_data_size_bytes}); the resident size of the
 * server process and of its embedded redis-server ({@code VmRSS} in /proc), and the memory
 * Redis counts as used. At the end it reads how many keys Redis evicted.
 */
final class ServerSampler implements AutoCloseable {

    static final long PERIOD_MS = 250;

    final Samples queueMetric = new Samples();
    final Samples queueRedis = new Samples();
    final Samples heapMib = new Samples();
    final Samples liveMib = new Samples();
    final Samples serverRssMib = new Samples();
    final Samples redisRssMib = new Samples();
    final Samples redisUsedMib = new Samples();

    private final BenchClient client;
    private final long serverPid;
    private final long redisPid;
    private final RedisProbe redis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile int failures;

    ServerSampler(BenchClient client, long serverPid, long redisPid, int redisPort)
            throws IOException {
        this.client = client;
        this.serverPid = serverPid;
        this.redisPid = redisPid;
        this.redis = redisPort > 0 ? new RedisProbe(redisPort) : null;
    }

    void start() {
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        try {
            String metrics = client.getText("/metrics");
            queueMetric.add(MetricsText.sum(metrics, "stella_queue_depth"));
            heapMib.add(MetricsText.sum(metrics, "jvm_memory_used_bytes", "area=\"heap\"")
                    / (1 << 20));
            liveMib.add(MetricsText.sum(metrics, "jvm_gc_live_data_size_bytes") / (1 << 20));
            if (redis != null) {
                queueRedis.add(redis.queued());
                redisUsedMib.add(Long.parseLong(redis.info("memory", "used_memory"))
                        / (double) (1 << 20));
            }
            serverRssMib.add(rssMib(serverPid));
            if (redisPid > 0) {
                redisRssMib.add(rssMib(redisPid));
            }
        } catch (IOException | RuntimeException e) {
            failures++;
        }
    }

    /** The resident set of a process in MiB, from {@code VmRSS} of /proc/PID/status. */
    static double rssMib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Keys Redis evicted since it started (maxmemory reached), or -1 when unknown. */
    long redisEvictedKeys() {
        if (redis == null) {
            return -1;
        }
        synchronized (this) {
            try {
                return Long.parseLong(redis.info("stats", "evicted_keys"));
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }

    /** key=value pairs for every sampled gauge: maximum and P95 (P50 for memory too). */
    String summary() {
        return String.format(Locale.ROOT, "samples=%d sample_failures=%d "
                + "queue_metric_max=%.0f queue_metric_p95=%.0f "
                + "queue_redis_max=%.0f queue_redis_p95=%.0f "
                + "heap_used_max_mib=%.0f heap_used_p50_mib=%.0f heap_live_max_mib=%.0f "
                + "server_rss_max_mib=%.0f server_rss_p50_mib=%.0f redis_rss_max_mib=%.0f "
                + "redis_used_max_mib=%.0f redis_evicted_keys=%d",
                queueMetric.count(), failures, queueMetric.max(), queueMetric.percentile(95),
                queueRedis.max(), queueRedis.percentile(95), heapMib.max(),
                heapMib.percentile(50), liveMib.max(), serverRssMib.max(),
                serverRssMib.percentile(50), redisRssMib.max(), redisUsedMib.max(),
                redisEvictedKeys());
    }

    /** Stops sampling; the figures and the Redis connection stay. */
    void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        if (redis != null) {
            redis.close();
        }
    }
}
