// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.vertx.core.Context;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.stellaops.auth.AccessDenied;
import org.stellaops.auth.Caller;
import org.stellaops.serve.AuthSettings;

/**
 * Resolves the caller of a request carrying {@code Authorization: Bearer} and checks the
 * scope its endpoint needs ({@link ScopeRules}), in front of every resource (order -990,
 * after the prefix rewrite). A request without the header gets no caller here (the quota
 * route fills an anonymous one) and is checked with the anonymous scopes. A refused token
 * is a 401 problem with {@code WWW-Authenticate: Bearer error="invalid_token"}; a missing
 * scope a 403 ({@code insufficient_scope}), or a 401 when no token was sent.
 *
 * <p>Our own tokens are verified here, by smallrye-jwt's parser, rather than by the
 * quarkus-smallrye-jwt extension: that extension registers an HTTP authentication mechanism
 * that would compete with quarkus-oidc's for every bearer token. Never blocks: the signature
 * check is CPU work of a fraction of a millisecond, revocation a Redis call.
 */
@ApplicationScoped
public class BearerRoute {

    private static final Logger LOG = Logger.getLogger(BearerRoute.class);
    private static final String TOKEN_PATH = "/connect/token";

    @Inject
    AuthSettings auth;

    void register(@Observes Router router) {
        router.route().order(-990).handler(this::resolve);
    }

    private void resolve(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String header = ctx.request().getHeader("Authorization");
        if (header == null || path.equals(TOKEN_PATH)) {
            checkScope(ctx, null);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 8) {
            refuse(ctx, 401, "invalid_request", "the Authorization header must be "
                    + "'Bearer TOKEN'");
            return;
        }
        String token = header.substring(7).strip();
        ctx.request().pause();
        // a first-seen token is checked on a worker: the answer comes back to this request's
        // own context, where Vert.x expects the routing to go on
        Context context = ctx.vertx().getOrCreateContext();
        auth.bearer().resolve(token).emitOn(command -> context.runOnContext(v -> command.run()))
                .subscribe().with(caller -> {
            ctx.request().resume();
            ctx.put(Caller.ATTRIBUTE, caller);
            LOG.debugf("bearer token accepted (kind: %s, tier: %s, path: %s)", caller.kind(),
                    caller.tier(), path);
            checkScope(ctx, caller);
        }, failure -> {
            ctx.request().resume();
            if (failure instanceof AccessDenied denied) {
                LOG.debugf("bearer token refused (path: %s, reason: %s)", path,
                        denied.getMessage());
                refuse(ctx, denied.status(), "invalid_token", denied.getMessage());
            } else {
                LOG.warnf(failure, "bearer token could not be checked (path: %s)", path);
                Routes.problem(ctx, 503, "Service Unavailable", "the token could not be "
                        + "checked: the revocation list does not answer");
            }
        });
    }

    private void checkScope(RoutingContext ctx, Caller resolved) {
        String scope = ScopeRules.required(ctx.request().method().name(), ctx.normalizedPath());
        Caller caller = resolved != null ? resolved : Callers.of(ctx);
        if (scope == null || caller.has(scope)) {
            ctx.next();
            return;
        }
        if (resolved == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"stella\", scope=\""
                    + scope + "\"");
            Routes.problem(ctx, 401, "Unauthorized", "this endpoint needs a token with the "
                    + "scope " + scope);
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", "
                + "scope=\"" + scope + "\"");
        Routes.problem(ctx, 403, "Forbidden", "the token lacks the scope " + scope);
    }

    private static void refuse(RoutingContext ctx, int status, String error, String reason) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"" + error
                + "\", error_description=\"" + reason.replace("\"", "'") + "\"");
        Routes.problem(ctx, status, status == 401 ? "Unauthorized" : "Forbidden", reason);
    }
}
