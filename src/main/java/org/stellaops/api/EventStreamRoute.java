// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.stellaops.serve.EventHub;
import org.stellaops.serve.ServerConfig;
import org.stellaops.store.EventLog;
import org.stellaops.store.ScanStore;

/**
 * {@code GET /scans/{id}/events} (and under {@code /api/v1}): a scan's history as
 * Server-Sent Events. Each event carries {@code id:} (its sequence), {@code event:} (its type)
 * and a JSON {@code data:} line. A client that reconnects with {@code Last-Event-ID} gets
 * exactly the events after it; one that comes after the end gets the whole history and the
 * terminal event, then the stream closes; one that resumes after the terminal event gets
 * 204 No Content, which tells an EventSource to stop reconnecting. An unknown scan is a 404
 * problem, never an empty stream. Written on Vert.x directly, for control over framing,
 * heartbeats and backpressure.
 */
@ApplicationScoped
public class EventStreamRoute {

    private static final Logger LOG = Logger.getLogger(EventStreamRoute.class);

    @Inject
    EventHub hub;
    @Inject
    ScanStore store;
    @Inject
    EventLog log;
    @Inject
    ServerConfig config;
    @Inject
    Vertx vertx;

    void register(@Observes Router router) {
        router.get("/scans/:id/events").order(-100).handler(this::stream);
    }

    private void stream(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        long after;
        try {
            ScanResource.checkId(id);
            after = lastEventId(ctx);
        } catch (ProblemException e) {
            Routes.problem(ctx, e.status(), e.title(), e.getMessage());
            return;
        }
        store.find(id).subscribe().with(state -> {
            if (state == null || !ScanOwners.visibleTo(state, Callers.of(ctx))) {
                Routes.problem(ctx, 404, "Not Found", "no scan " + id
                        + " (never submitted, expired, or not this caller's)");
            } else if (state.terminal()) {
                openUnlessOver(ctx, id, after);
            } else {
                open(ctx, id, after);
            }
        }, failure -> storeAway(ctx, failure));
    }

    /** An ended scan's stream, unless the client has seen its end already. */
    private void openUnlessOver(RoutingContext ctx, String id, long after) {
        log.after(id, after, 1).subscribe().with(later -> {
            if (later.isEmpty()) {
                // nothing follows: a stream would only carry heartbeats, forever
                ctx.response().setStatusCode(204).end();
            } else {
                open(ctx, id, after);
            }
        }, failure -> storeAway(ctx, failure));
    }

    private static void storeAway(RoutingContext ctx, Throwable failure) {
        Routes.problem(ctx, 503, "Service Unavailable",
                "the scan store does not answer: " + failure.getMessage());
    }

    private void open(RoutingContext ctx, String id, long after) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write("retry: 2000\n\n");
        Context context = vertx.getOrCreateContext();
        SseStream stream = new SseStream(id, response, context, config.sseBuffer());
        AutoCloseable follow = hub.follow(id, after, stream::send);
        long heartbeat = vertx.setPeriodic(Math.max(100, config.heartbeat().toMillis()),
                t -> stream.heartbeat());
        Runnable cleanup = () -> {
            vertx.cancelTimer(heartbeat);
            try {
                follow.close();
            } catch (Exception e) {
                LOG.debugf("follower not closed (scan: %s)", id);
            }
        };
        stream.onEnd(cleanup);
        response.closeHandler(v -> cleanup.run());
    }

    private static long lastEventId(RoutingContext ctx) {
        String value = ctx.request().getHeader("Last-Event-ID");
        if (value == null) {
            value = ctx.request().getParam("lastEventId");
        }
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long seq = Long.parseLong(value.strip());
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Last-Event-ID must be an event's sequence number, "
                    + "not '" + value + "'");
        }
    }
}
