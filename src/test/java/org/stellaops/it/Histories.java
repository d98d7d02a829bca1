// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

/** What a scan's whole history, as a client received it, must look like. */
final class Histories {

    private Histories() {
    }

    /**
     * Every sequence from 1 exactly once and in order, exactly one terminal event, and that
     * one last and of the type given.
     */
    static void assertWholeHistory(List<SseEvent> events, String terminalType) {
        List<Long> expected = LongStream.rangeClosed(1, events.size()).boxed().toList();
        assertThat(SseEvent.ids(events)).as("sequences of %s", SseEvent.types(events))
                .containsExactlyElementsOf(expected);
        assertThat(events).as("terminal events").filteredOn(SseEvent::terminal).hasSize(1);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(terminalType);
        assertThat(events).allSatisfy(event -> assertThat(event.json().path("seq").asLong())
                .isEqualTo(event.id()));
    }

    /** The sequence of the last event received, for {@code Last-Event-ID}. */
    static long lastId(List<SseEvent> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).id();
    }
}
