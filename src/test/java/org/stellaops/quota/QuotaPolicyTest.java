// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaPolicyTest {

    private final QuotaPolicy policy = new QuotaPolicy(Map.of("anonymous", 33L, "free", 333L,
            "enterprise", QuotaPolicy.UNLIMITED), 90, Duration.ofSeconds(5),
            Duration.ofSeconds(60), 1, 40, Map.of("free", 80));

    @Test
    void noDelayUpToTheQuota() {
        assertThat(policy.delayFor(33, 33)).isZero();
        assertThat(policy.delayFor(1_000_000, QuotaPolicy.UNLIMITED)).isZero();
    }

    @Test
    void delayStartsAtFiveSecondsAndDoublesToSixty() {
        assertThat(java.util.stream.LongStream.rangeClosed(34, 40)
                .mapToObj(used -> policy.delayFor(used, 33).toSeconds()))
                .containsExactly(5L, 10L, 20L, 40L, 60L, 60L, 60L);
    }

    @Test
    void doublingEveryFewScansHoldsEachStepLonger() {
        QuotaPolicy slow = new QuotaPolicy(Map.of(), 90, Duration.ofSeconds(5),
                Duration.ofSeconds(60), 3, 40, Map.of());
        assertThat(java.util.stream.LongStream.rangeClosed(11, 17)
                .mapToObj(used -> slow.delayFor(used, 10).toSeconds()))
                .containsExactly(5L, 5L, 5L, 10L, 10L, 10L, 20L);
    }

    @Test
    void delayNeverOverflowsFarPastTheQuota() {
        assertThat(policy.delayFor(Long.MAX_VALUE / 2, 33)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void warningFromNinetyPercent() {
        assertThat(policy.warns(29, 33)).isFalse();
        assertThat(policy.warns(30, 33)).isTrue();
        assertThat(policy.warns(50, 33)).isTrue();
        assertThat(policy.warns(5, QuotaPolicy.UNLIMITED)).isFalse();
    }

    @Test
    void tiersFallBackToTheAnonymousLimitAndRate() {
        assertThat(policy.dailyLimit("free")).isEqualTo(333);
        assertThat(policy.dailyLimit("unknown-tier")).isEqualTo(33);
        assertThat(policy.rateLimit("free")).isEqualTo(80);
        assertThat(policy.rateLimit("anonymous")).isEqualTo(40);
    }

    @Test
    void limitsReadAsNumbersOrUnlimited() {
        assertThat(QuotaPolicy.parseLimit("x", " Unlimited ")).isEqualTo(QuotaPolicy.UNLIMITED);
        assertThat(QuotaPolicy.parseLimit("x", "0")).isZero();
        assertThatThrownBy(() -> QuotaPolicy.parseLimit("gold", "lots"))
                .hasMessageContaining("stella.quota.tiers.gold");
        assertThatThrownBy(() -> QuotaPolicy.parseLimit("gold", "-3"))
                .hasMessageContaining("unlimited");
    }
}
