// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stellaops.testing.RedisServerResource;

/**
 * Leases of rate tokens against a real redis-server, at 40 requests per second and a quarter
 * of that per lease (10 tokens). The lease clock is the test's, except where replicas race
 * on the real one; Redis refills its buckets on its own clock either way.
 */
class RateLeasesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration LAPSE = Duration.ofSeconds(1);
    private static final int RATE = 40;

    private final RedisServerResource redis = new RedisServerResource();
    private final QuotaLedger ledger = new QuotaLedger(redis.client(), Clock.systemUTC());
    private final AtomicLong ticker = new AtomicLong();

    @AfterEach
    void stop() {
        redis.close();
    }

    @Test
    void firstRequestWaitsForABatchAndTheNextNineAreAnsweredHere() {
        RateLeases leases = leases(100, ticker::get);
        assertThat(leases.takeLocal("c1", RATE)).isNull();

        QuotaLedger.Count first = leases.take("c1", RATE).await().atMost(PATIENCE);
        List<QuotaLedger.Count> next = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            next.add(leases.takeLocal("c1", RATE));
        }

        assertThat(first.waitMs()).isZero();
        // takeLocal answers at once, without a Redis call to wait for
        assertThat(next).doesNotContainNull().allMatch(count -> count.waitMs() == 0);
    }

    @Test
    void leasedTokensLapseAfterTheLeaseTime() {
        RateLeases leases = leases(100, ticker::get);
        leases.take("c2", RATE).await().atMost(PATIENCE);
        assertThat(leases.takeLocal("c2", RATE)).isNotNull();

        ticker.addAndGet(LAPSE.toNanos());

        assertThat(leases.takeLocal("c2", RATE)).isNull();
    }

    @Test
    void callerOverItsRateIsToldHowLongToWait() {
        RateLeases leases = leases(100, ticker::get);
        long start = System.nanoTime();
        int admitted = 0;
        QuotaLedger.Count refused = null;
        while (refused == null && admitted < 1000) {
            QuotaLedger.Count count = takeOne(leases, "c3");
            if (count.waitMs() == 0) {
                admitted++;
            } else {
                refused = count;
            }
        }
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(refused).isNotNull();
        // one token refills in 25 ms at 40 per second
        assertThat(refused.waitMs()).isBetween(1L, 25L);
        // the full bucket, and what refilled while it was spent
        assertThat(admitted).isBetween(RATE, RATE + 1 + (int) (elapsedMs * RATE / 1000));
    }

    @Test
    void twoReplicasTogetherAdmitNoMoreThanTheBucketAllows() {
        RateLeases a = leases(100, System::nanoTime);
        RateLeases b = leases(100, System::nanoTime);
        // the connection is opened first: what refills into a full bucket is lost, so the
        // flood's first call must not wait for it
        takeOne(a, "c4-warm-up");
        long start = System.nanoTime();
        long admitted = takeOne(a, "c4").waitMs() == 0 ? 1 : 0;
        long draining = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(2).toNanos()) {
            for (RateLeases replica : List.of(a, b)) {
                if (takeOne(replica, "c4").waitMs() == 0) {
                    admitted++;
                }
            }
        }
        long end = System.nanoTime();

        // at most a full bucket and what refilled since the first call
        long refilled = (long) Math.ceil((end - start) / 1e9 * RATE);
        assertThat(admitted).isLessThanOrEqualTo(RATE + refilled + 1);
        // at least that, less a batch and a half that each replica may still hold (leased,
        // so never spent by the other), less a couple that refilled during the last answer;
        // the bucket is no longer full once the first batch is out, so no refill is lost
        long refilledSinceFull = (long) Math.floor((end - draining) / 1e9 * RATE);
        assertThat(admitted).isGreaterThanOrEqualTo(RATE + refilledSinceFull - 2 * 15 - 2);
    }

    @Test
    void aBurstWithoutTokensLeasesOneBatchNotOneEach() {
        RateLeases leases = leases(100, ticker::get);
        List<Uni<QuotaLedger.Count>> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(leases.take("c5", RATE));
        }
        long start = System.nanoTime();
        List<QuotaLedger.Count> counts = Uni.join().all(burst).andFailFast().await()
                .atMost(PATIENCE);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(counts).allMatch(count -> count.waitMs() == 0);
        // the first leases a batch of 10 and nine others wait for it and share it; the ten
        // left over ask for one token each: 20 of 40 left in Redis (in milli-tokens), plus
        // what refilled meanwhile. Were a batch leased per request, the bucket would be empty.
        long left = redis.client().send(Request.cmd(Command.HGET)
                .arg(QuotaKeys.rate("c5")).arg("m")).await().atMost(PATIENCE).toLong();
        assertThat(left).isBetween(20_000L, 20_000L + (elapsedMs + 1) * RATE);
    }

    @Test
    void keepsLeasesOfAtMostTheConfiguredCallers() {
        RateLeases leases = leases(3, ticker::get);
        for (int i = 0; i < 10; i++) {
            takeOne(leases, "c6-" + i);
        }
        assertThat(leases.size()).isEqualTo(3);
        // a caller without room still has its requests counted in Redis, one by one
        assertThat(leases.takeLocal("c6-9", RATE)).isNull();

        ticker.addAndGet(LAPSE.toNanos());
        takeOne(leases, "c6-late");

        // the lapsed leases made room for the newcomer
        assertThat(leases.size()).isEqualTo(1);
        assertThat(leases.takeLocal("c6-late", RATE)).isNotNull();
    }

    @Test
    void noShareMeansEveryRequestAsksRedis() {
        RateLeases leases = new RateLeases(ledger, 0, LAPSE, 100, ticker::get);
        leases.take("c7", RATE).await().atMost(PATIENCE);

        assertThat(leases.takeLocal("c7", RATE)).isNull();
        assertThat(leases.size()).isZero();
    }

    private RateLeases leases(int callers, LongSupplier clock) {
        return new RateLeases(ledger, 0.25, LAPSE, callers, clock);
    }

    /** What the access route does with one request: the lease here, else Redis. */
    private static QuotaLedger.Count takeOne(RateLeases leases, String caller) {
        QuotaLedger.Count local = leases.takeLocal(caller, RATE);
        return local != null ? local : leases.take(caller, RATE).await().atMost(PATIENCE);
    }
}
