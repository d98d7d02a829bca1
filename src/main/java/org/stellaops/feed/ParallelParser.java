// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses, validates and canonicalises documents on a small pool while the caller keeps reading
 * the archive, and hands the outcomes back strictly in submission order. The window of
 * documents in flight is bounded, so memory stays flat however large the feed.
 */
final class ParallelParser implements AutoCloseable {

    private static final int WINDOW_PER_THREAD = 64;

    private final OsvParser parser;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();

    ParallelParser(OsvParser parser, int threads) {
        this.parser = parser;
        this.window = threads * WINDOW_PER_THREAD;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stella-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What became of one document: a parsed record or the reason it was refused. */
    record Outcome(String origin, OsvParser.Parsed parsed, FeedException failure) {
    }

    /** Receives outcomes in input order. */
    interface OutcomeSink {
        void accept(Outcome outcome) throws FeedException;
    }

    void submit(FeedDocument document, OutcomeSink sink) throws FeedException {
        inFlight.addLast(pool.submit(() -> parse(document)));
        while (inFlight.size() > window) {
            sink.accept(take());
        }
    }

    void drain(OutcomeSink sink) throws FeedException {
        while (!inFlight.isEmpty()) {
            sink.accept(take());
        }
    }

    private Outcome parse(FeedDocument document) {
        try {
            return new Outcome(document.origin(), parser.parse(document), null);
        } catch (FeedException e) {
            return new Outcome(document.origin(), null, e);
        }
    }

    private Outcome take() {
        Future<Outcome> next = inFlight.removeFirst();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parser failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
