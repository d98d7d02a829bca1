// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.stellaops.serve.ScanRunner;
import org.stellaops.serve.SnapshotHolder;

/**
 * Readiness for Kubernetes: ready only while an advisory snapshot is loaded and Redis answers
 * a PING within a second. The answer names the snapshot digest, so a rollout can be checked.
 */
@Readiness
@ApplicationScoped
public class Health implements AsyncHealthCheck {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    @Inject
    SnapshotHolder snapshots;
    @Inject
    Redis redis;
    @Inject
    ScanRunner runner;

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.send(Request.cmd(Command.PING))
                .ifNoItem().after(PING_TIMEOUT).fail()
                .map(pong -> (String) null)
                .onFailure().recoverWithItem(failure -> "Redis does not answer: "
                        + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : " " + failure.getMessage()))
                .map(this::responseOf);
    }

    private HealthCheckResponse responseOf(String redisProblem) {
        String digest = snapshots.digest();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("stella")
                .status(digest != null && redisProblem == null)
                .withData("replica", runner.replicaId())
                .withData("redis", redisProblem == null ? "up" : redisProblem)
                .withData("running", runner.runningCount());
        if (digest != null) {
            response.withData("snapshot", digest);
        } else {
            response.withData("snapshotProblem", snapshots.problem());
        }
        return response.build();
    }
}
