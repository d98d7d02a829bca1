// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;
import org.stellaops.store.EventLog;
import org.stellaops.store.StoredEvent;

/**
 * This replica's copy of one scan's history, read from Redis as it grows and handed to every
 * local follower. However many clients follow a scan here, Redis is read once per change:
 * followers share the copy, so 100 subscribers cost one XRANGE per event, not 100.
 */
final class EventTail {

    private static final Logger LOG = Logger.getLogger(EventTail.class);
    private static final int PAGE = 1000;

    private final String scanId;
    private final EventLog log;
    private final List<StoredEvent> events = new ArrayList<>();
    private final List<EventFollower> followers = new CopyOnWriteArrayList<>();
    private long lastSeq;
    private boolean fetching;
    private boolean again;
    private boolean ended;

    EventTail(String scanId, EventLog log) {
        this.scanId = scanId;
        this.log = log;
    }

    String scanId() {
        return scanId;
    }

    /** Adds a follower and hands it what is already here. */
    synchronized void add(EventFollower follower) {
        followers.add(follower);
        events.forEach(follower::offer);
    }

    /** Removes a follower; true when none is left. */
    synchronized boolean remove(EventFollower follower) {
        followers.remove(follower);
        return followers.isEmpty();
    }

    synchronized boolean ended() {
        return ended;
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    /** Ends every follower with an event Redis no longer holds (its state was lost). */
    synchronized void endWith(StoredEvent event) {
        if (ended) {
            return;
        }
        ended = true;
        events.add(event);
        followers.forEach(f -> f.offer(event));
    }

    /** Reads what was appended since the last read; one read at a time, repeated if asked. */
    void fetch() {
        synchronized (this) {
            if (ended) {
                return;
            }
            if (fetching) {
                again = true;
                return;
            }
            fetching = true;
            again = false;
        }
        long after = lastSeq();
        log.after(scanId, after, PAGE).subscribe().with(this::deliver, failure -> {
            LOG.debugf("events not read (scan: %s, reason: %s)", scanId, failure.getMessage());
            done(false);
        });
    }

    private void deliver(List<StoredEvent> read) {
        synchronized (this) {
            for (StoredEvent event : read) {
                if (event.seq() <= lastSeq) {
                    continue;
                }
                lastSeq = event.seq();
                events.add(event);
                followers.forEach(f -> f.offer(event));
                if (event.terminal()) {
                    ended = true;
                }
            }
        }
        done(read.size() == PAGE);
    }

    private void done(boolean more) {
        boolean repeat;
        synchronized (this) {
            fetching = false;
            repeat = (again || more) && !ended;
        }
        if (repeat) {
            fetch();
        }
    }
}
