// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.feed.OsvEvent;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.Pep440Scheme;
import org.stellaops.version.SemVerScheme;

class SortedEventTest {

    @Test
    void sortsByTheSchemeNotByText() throws Exception {
        List<OsvEvent> events = RangeEvaluatorTest.range("SEMVER",
                "fixed=1.10.0", "introduced=1.9.0", "introduced=0", "fixed=1.2.0").events();

        List<SortedEvent<?>> sorted = List.copyOf(SortedEvent.sort(SemVerScheme.INSTANCE, events));

        assertThat(sorted).extracting(SortedEvent::text)
                .containsExactly("0", "1.2.0", "1.9.0", "1.10.0");
        assertThat(sorted.get(0).isZero()).isTrue();
    }

    @Test
    void schemeEqualVersionsPutIntroducedBeforeFixed() throws Exception {
        // PEP 440 ties 1.0 and 1.0.0; the introduced event must still open the range first
        List<OsvEvent> events =
                RangeEvaluatorTest.range("ECOSYSTEM", "fixed=1.0", "introduced=1.0.0").events();

        List<SortedEvent<?>> sorted = List.copyOf(SortedEvent.sort(Pep440Scheme.INSTANCE, events));

        assertThat(sorted).extracting(SortedEvent::kind)
                .containsExactly(OsvEvent.Kind.INTRODUCED, OsvEvent.Kind.FIXED);
    }

    @Test
    void dropsLimitStarAndBlankVersions() throws Exception {
        List<OsvEvent> events = RangeEvaluatorTest.range("SEMVER",
                "introduced=0", "fixed=", "limit=*").events();

        assertThat(SortedEvent.sort(SemVerScheme.INSTANCE, events))
                .extracting(SortedEvent::kind).containsExactly(OsvEvent.Kind.INTRODUCED);
    }

    @Test
    void limitStarDropsEveryLimitOfTheRange() throws Exception {
        List<OsvEvent> events = RangeEvaluatorTest.range("SEMVER",
                "introduced=0", "limit=2.0.0", "limit=*").events();

        assertThat(SortedEvent.sort(SemVerScheme.INSTANCE, events))
                .extracting(SortedEvent::kind).containsExactly(OsvEvent.Kind.INTRODUCED);
    }

    @Test
    void unreadableEventVersionFailsTheWholeRange() {
        List<OsvEvent> events =
                RangeEvaluatorTest.range("SEMVER", "introduced=0", "fixed=1.x.y").events();

        assertThatThrownBy(() -> SortedEvent.sort(SemVerScheme.INSTANCE, events))
                .isInstanceOf(InvalidVersionException.class).hasMessageContaining("1.x.y");
    }
}
