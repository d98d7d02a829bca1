// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;

/**
 * Splits per-item work over a range into a few chunks run side by side, results in chunk
 * order, so a caller that merges them in that order gets what one pass would have given.
 *
 * <p>Every chunk but the first is offered to the executor as a {@link FutureTask}; the caller
 * runs the first, then runs any offered chunk no thread has started yet. A bounded pool whose
 * threads are all busy (or all waiting in this same method) therefore never deadlocks: at
 * worst the caller does all the work, as without an executor. Written here because the JDK's
 * parallel streams and fork/join would run on their own common pool, outside the bounded
 * worker pool the server gives its scans.
 */
public final class Chunks {

    private Chunks() {
    }

    /**
     * @param size items in the range
     * @param minChunk fewest items worth a chunk of their own
     * @param executor where chunks may run; null runs everything on the caller
     * @param work computes one chunk from its start (inclusive) and end (exclusive)
     */
    public static <T> List<T> run(int size, int minChunk, Executor executor,
            BiFunction<Integer, Integer, T> work) {
        int count = executor == null ? 1 : Math.max(1, Math.min(
                Runtime.getRuntime().availableProcessors(), size / Math.max(1, minChunk)));
        if (count == 1) {
            return List.of(work.apply(0, size));
        }
        List<FutureTask<T>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = (int) ((long) size * i / count);
            int to = (int) ((long) size * (i + 1) / count);
            tasks.add(new FutureTask<>(() -> work.apply(from, to)));
        }
        for (FutureTask<T> task : tasks.subList(1, count)) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // the caller runs it below
            }
        }
        // FutureTask runs at most once: whichever of the caller and a worker comes first
        tasks.forEach(FutureTask::run);
        List<T> results = new ArrayList<>(count);
        for (FutureTask<T> task : tasks) {
            results.add(resultOf(task));
        }
        return results;
    }

    private static <T> T resultOf(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a chunk ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
