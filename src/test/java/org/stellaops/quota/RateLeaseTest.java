// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One caller's leased tokens, on a clock the test moves. */
class RateLeaseTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void takesTokensUntilNoneIsLeft() {
        RateLease lease = new RateLease();
        lease.startLeasing(0, 0);
        lease.leased(2, 0, SECOND);

        assertThat(lease.take(1)).isEqualTo(1);
        assertThat(lease.take(2)).isZero();
        assertThat(lease.take(3)).isEqualTo(-1);
    }

    @Test
    void tokensLapseOneLeaseTimeAfterTheGrant() {
        RateLease lease = new RateLease();
        lease.leased(5, 0, SECOND);

        assertThat(lease.take(SECOND - 1)).isEqualTo(4);
        assertThat(lease.take(SECOND)).isEqualTo(-1);
        assertThat(lease.idle(SECOND)).isTrue();
    }

    @Test
    void aNewGrantKeepsWhatIsLeftAndMovesTheLapse() {
        RateLease lease = new RateLease();
        lease.leased(3, 0, SECOND);
        lease.leased(4, SECOND / 2, SECOND);

        // 7 held until 1.5 s: the first grant's leftovers ride on the second's time
        assertThat(lease.tokens(SECOND + SECOND / 4)).isEqualTo(7);
        assertThat(lease.tokens(SECOND + SECOND / 2)).isZero();
    }

    @Test
    void aGrantAfterTheLapseStartsFromNothing() {
        RateLease lease = new RateLease();
        lease.leased(3, 0, SECOND);
        lease.leased(2, 2 * SECOND, SECOND);

        assertThat(lease.tokens(2 * SECOND)).isEqualTo(2);
    }

    @Test
    void oneClaimantLeasesAtATime() {
        RateLease lease = new RateLease();

        assertThat(lease.startLeasing(0, 0)).isTrue();
        assertThat(lease.startLeasing(0, 0)).isFalse();
        assertThat(lease.idle(0)).as("a lease being asked for is not idle").isFalse();
        lease.notLeased();
        assertThat(lease.startLeasing(0, 0)).isTrue();
        lease.leased(0, 0, SECOND);
        assertThat(lease.startLeasing(0, 0)).isTrue();
    }

    @Test
    void nextBatchIsLeasedOnlyOnceTheLeaseRunsLow() {
        RateLease lease = new RateLease();
        lease.leased(10, 0, SECOND);

        // low water 5: ten held is too many, and so is six
        assertThat(lease.startLeasing(1, 5)).isFalse();
        for (int i = 0; i < 4; i++) {
            lease.take(1);
        }
        assertThat(lease.startLeasing(1, 5)).isFalse();
        lease.take(1);
        assertThat(lease.startLeasing(1, 5)).isTrue();
        lease.leased(10, 1, SECOND);

        // five left and a batch of ten: a batch and a half, never more
        assertThat(lease.tokens(1)).isEqualTo(15);
    }

    @Test
    void aRetiredLeaseLeasesNothingMore() {
        RateLease busy = new RateLease();
        busy.leased(1, 0, SECOND);
        RateLease idle = new RateLease();

        assertThat(busy.retireIfIdle(1)).isFalse();
        assertThat(idle.retireIfIdle(1)).isTrue();
        assertThat(idle.startLeasing(1, 0)).isFalse();
        assertThat(idle.take(1)).isEqualTo(-1);
    }

    @Test
    void lapsedTokensCountAsNoneForTheNextClaim() {
        RateLease lease = new RateLease();
        lease.leased(10, 0, SECOND);

        assertThat(lease.startLeasing(SECOND, 0)).isTrue();
    }

    @Test
    void aClockThatWrapsDoesNotLapseTokensEarly() {
        RateLease lease = new RateLease();
        long nearWrap = Long.MAX_VALUE - SECOND / 2;
        lease.leased(2, nearWrap, SECOND);

        assertThat(lease.take(nearWrap + SECOND / 4)).isEqualTo(1);
        assertThat(lease.take(nearWrap + SECOND)).isEqualTo(-1);
    }
}
