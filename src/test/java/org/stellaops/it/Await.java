// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition the server makes true in its own time, by asking again every 100 ms
 * until it holds or the patience runs out; the failure names what was awaited and the last
 * answer seen.
 */
final class Await {

    private static final long EVERY_MS = 100;

    private Await() {
    }

    static <T> T until(String what, Duration patience, Supplier<T> ask, Predicate<T> holds) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = null;
        while (true) {
            last = ask.get();
            if (last != null && holds.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what
                        + "; last answer: " + last);
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
