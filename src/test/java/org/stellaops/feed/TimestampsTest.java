// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OSV timestamps compare as instants, not as text. */
class TimestampsTest {

    @Test
    void comparesFractionalDigitsAsTime() {
        // As text "...00.5Z" sorts before "...00Z"; as time it is later.
        assertThat(Timestamps.newer("2024-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z"))
                .isEqualTo("2024-01-01T00:00:00.5Z");
        assertThat(Timestamps.compare("2024-01-01T00:00:00.500Z", "2024-01-01T00:00:00.5Z"))
                .isZero();
    }

    @Test
    void letsEmptyOrUnreadableTimestampLose() {
        assertThat(Timestamps.newer("", "2020-01-01T00:00:00Z")).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(Timestamps.newer("2020-01-01T00:00:00Z", "yesterday"))
                .isEqualTo("2020-01-01T00:00:00Z");
        assertThat(Timestamps.compare(null, "")).isZero();
    }
}
