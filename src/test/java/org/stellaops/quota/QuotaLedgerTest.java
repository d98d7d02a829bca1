// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stellaops.testing.RedisServerResource;

/** The ledger's scripts against a real redis-server. */
class QuotaLedgerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final RedisServerResource redis = new RedisServerResource();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"),
            ZoneOffset.UTC);
    private final QuotaLedger ledger = new QuotaLedger(redis.client(), clock);

    @AfterEach
    void stop() {
        redis.close();
    }

    @Test
    void thousandConcurrentScansOfOneCallerAreNumberedOneToAThousand() {
        // 1,000 scans in flight at once, through a pool of 32 connections: if counting were
        // read-then-write, two would see the same number and more than the quota would pass
        List<Uni<QuotaLedger.Count>> scans = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> scans.add(ledger.take("k1", 1_000_000, true)));
        List<QuotaLedger.Count> counts = Uni.join().all(scans).andFailFast()
                .await().atMost(PATIENCE);

        assertThat(counts).extracting(QuotaLedger.Count::used).doesNotHaveDuplicates()
                .allMatch(used -> used >= 1 && used <= 1000);
        long underQuota = counts.stream().filter(c -> c.used() <= 33).count();
        assertThat(underQuota).isEqualTo(33);
    }

    @Test
    void thousandConcurrentRequestsAtFortyPerSecondPassAboutForty() {
        List<Uni<QuotaLedger.Count>> requests = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> requests.add(ledger.take("k2", 40, false)));
        long start = System.nanoTime();
        List<QuotaLedger.Count> counts = Uni.join().all(requests).andFailFast()
                .await().atMost(PATIENCE);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        long passed = counts.stream().filter(c -> c.waitMs() == 0).count();
        // a full bucket of 40, plus what refills while the burst is served (40 per second)
        assertThat(passed).isBetween(40L, 40L + 1 + elapsedMs * 40 / 1000);
        assertThat(counts.stream().filter(c -> c.waitMs() > 0))
                .allMatch(c -> c.waitMs() <= 25);
    }

    @Test
    void refusedRequestCountsNoScan() {
        ledger.take("k3", 1, true).await().atMost(PATIENCE);
        QuotaLedger.Count refused = ledger.take("k3", 1, true).await().atMost(PATIENCE);

        assertThat(refused.waitMs()).isPositive();
        assertThat(refused.used()).isEqualTo(1);
    }

    @Test
    void releaseGivesAScanBackButNeverBelowZero() {
        ledger.take("k4", 100, true).await().atMost(PATIENCE);
        ledger.release("k4").await().atMost(PATIENCE);
        ledger.release("k4").await().atMost(PATIENCE);

        assertThat(ledger.take("k4", 100, false).await().atMost(PATIENCE).used()).isZero();
    }

    @Test
    void dayCounterExpiresAnHourAfterMidnightUtc() {
        ledger.take("k5", 100, true).await().atMost(PATIENCE);

        Response ttl = redis.client().send(Request.cmd(Command.PTTL)
                .arg(QuotaKeys.day("k5", ledger.today()))).await().atMost(PATIENCE);
        // 23:30 now: 30 minutes to midnight, then the hour's grace
        assertThat(ttl.toLong()).isBetween(Duration.ofMinutes(89).toMillis(),
                Duration.ofMinutes(90).toMillis());
        assertThat(ledger.nextReset()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void firstSaltWrittenIsEveryonesSalt() {
        String first = ledger.sharedSalt("aaaa").await().atMost(PATIENCE);
        String second = ledger.sharedSalt("bbbb").await().atMost(PATIENCE);

        assertThat(first).isEqualTo("aaaa");
        assertThat(second).isEqualTo("aaaa");
    }

    @Test
    void accessLogDropsAddressesAfterTheirTimeAndKeepsHashedCounts() {
        Duration week = Duration.ofDays(7);
        // an entry as the log wrote it eight days ago: its id is the time it was written
        long eightDaysAgo = System.currentTimeMillis() - Duration.ofDays(8).toMillis();
        redis.client().send(Request.cmd(Command.XADD).arg(QuotaKeys.ACCESS_LOG)
                .arg(eightDaysAgo + "-0").arg("ip").arg("198.51.100.5").arg("hash")
                .arg("ahash1")).await().atMost(PATIENCE);

        ledger.logAccess("198.51.100.7", "ahash3", "GET", "/scans", 200, week,
                week.multipliedBy(13)).await().atMost(PATIENCE);

        Response kept = redis.client().send(Request.cmd(Command.XRANGE)
                .arg(QuotaKeys.ACCESS_LOG).arg("-").arg("+")).await().atMost(PATIENCE);
        assertThat(kept.toString()).contains("198.51.100.7").doesNotContain("198.51.100.5");
        Response counts = redis.client().send(Request.cmd(Command.HGETALL)
                .arg(QuotaKeys.accessCounts(ledger.today()))).await().atMost(PATIENCE);
        assertThat(counts.toString()).contains("ahash3").doesNotContain("198.51.100");
    }
}
