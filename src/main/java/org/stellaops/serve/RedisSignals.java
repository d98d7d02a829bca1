// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import org.stellaops.store.RedisKeys;

/**
 * This replica's subscription to the two Redis channels replicas signal each other on: a
 * scan's history grew ({@code stella:events}), work was queued or a scan cancelled
 * ({@code stella:control}). Signals only speed things up: every replica also polls, so a lost
 * subscription (Redis restarting) slows delivery to the poll interval and loses nothing.
 */
@ApplicationScoped
public class RedisSignals {

    private static final Logger LOG = Logger.getLogger(RedisSignals.class);
    private static final long RETRY_MS = 1000;

    private final ReactiveRedisDataSource redis;
    private final EventHub hub;
    private final ScanRunner runner;
    private final Vertx vertx;

    @Inject
    public RedisSignals(ReactiveRedisDataSource redis, EventHub hub, ScanRunner runner,
            Vertx vertx) {
        this.redis = redis;
        this.hub = hub;
        this.runner = runner;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        subscribe();
    }

    private void subscribe() {
        redis.pubsub(String.class).subscribe(
                List.of(RedisKeys.EVENTS_CHANNEL, RedisKeys.CONTROL_CHANNEL), this::signalled,
                this::resubscribeLater, failure -> {
                    LOG.debugf("signal subscription lost (reason: %s)", failure.getMessage());
                    resubscribeLater();
                })
                .subscribe().with(subscriber -> LOG.debug("signal subscription ready"),
                        failure -> resubscribeLater());
    }

    private void resubscribeLater() {
        vertx.setTimer(RETRY_MS, id -> subscribe());
    }

    private void signalled(String channel, String message) {
        if (channel.equals(RedisKeys.EVENTS_CHANNEL)) {
            hub.changed(message);
        } else if (message.equals("work")) {
            runner.poll();
        } else if (message.startsWith("cancel:")) {
            runner.stopLocal(message.substring("cancel:".length()), "cancelled");
        }
    }
}
