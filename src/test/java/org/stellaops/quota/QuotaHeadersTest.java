// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaHeadersTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-12-05T00:00:00Z");
    private final QuotaPolicy policy = new QuotaPolicy(Map.of(), 90, Duration.ofSeconds(5),
            Duration.ofSeconds(60), 1, 40, Map.of());

    private MultiMap written(long limit, long used, long delayedMs) {
        QuotaHeaders headers = new QuotaHeaders(policy, limit, used, MIDNIGHT);
        headers.delayed(delayedMs);
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        headers.write(map);
        return map;
    }

    @Test
    void belowTheWarningShareOnlyTheCountsAreSent() {
        MultiMap headers = written(33, 10, 0);
        assertThat(headers.get("X-Stella-Quota-Limit")).isEqualTo("33");
        assertThat(headers.get("X-Stella-Quota-Remaining")).isEqualTo("23");
        assertThat(headers.get("X-Stella-Quota-Reset")).isEqualTo("1796428800");
        assertThat(headers.contains("X-Stella-Quota-Warning")).isFalse();
        assertThat(headers.contains("X-Stella-Quota-Delayed")).isFalse();
    }

    @Test
    void warningZoneAddsAWarning() {
        assertThat(written(33, 30, 0).get("X-Stella-Quota-Warning"))
                .startsWith("30 of 33 scans used today").contains("delayed, not refused");
    }

    @Test
    void pastTheQuotaNothingRemainsAndTheHoldIsSaid() {
        MultiMap headers = written(33, 35, 10_000);
        assertThat(headers.get("X-Stella-Quota-Remaining")).isEqualTo("0");
        assertThat(headers.get("X-Stella-Quota-Delayed")).isEqualTo("10000");
        assertThat(headers.get("X-Stella-Quota-Warning")).contains("this one 10000 ms");
    }

    @Test
    void unlimitedTierSaysSo() {
        MultiMap headers = written(QuotaPolicy.UNLIMITED, 5000, 0);
        assertThat(headers.get("X-Stella-Quota-Limit")).isEqualTo("unlimited");
        assertThat(headers.get("X-Stella-Quota-Remaining")).isEqualTo("unlimited");
        assertThat(headers.contains("X-Stella-Quota-Warning")).isFalse();
    }
}
