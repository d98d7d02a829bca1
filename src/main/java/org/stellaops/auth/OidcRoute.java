// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.stellaops.api.Problems;

/**
 * A stand-in for the request's caller resolution until the one for Stella's own tokens is
 * merged: it resolves only bearer tokens some {@link ExternalTokens} bean accepts, puts the
 * caller in the routing context and checks the scope of the scan endpoints. Any other request,
 * with or without a token, passes untouched. The merged caller resolution (same order) does
 * all of this and more; this class is then removed. It never blocks: the verification's
 * result resumes routing on the request's own context.
 */
@ApplicationScoped
public class OidcRoute {

    static final int ORDER = -990;
    private static final String BEARER = "Bearer ";

    @Inject
    Instance<ExternalTokens> verifiers;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::resolve);
    }

    private void resolve(RoutingContext ctx) {
        Optional<ExternalTokens> verifier = bearer(ctx).flatMap(UnverifiedClaims::issuer)
                .flatMap(iss -> verifiers.stream().filter(v -> v.accepts(iss)).findFirst());
        if (verifier.isEmpty()) {
            ctx.next();
            return;
        }
        Context context = Vertx.currentContext();
        verifier.get().verify(bearer(ctx).orElseThrow()).subscribe().with(
                caller -> context.runOnContext(v -> admit(ctx, caller)),
                failure -> context.runOnContext(v -> refuse(ctx, failure)));
    }

    private static void admit(RoutingContext ctx, Caller caller) {
        String needed = requiredScope(ctx.request().method().name(), ctx.normalizedPath());
        if (needed != null && !caller.has(needed)) {
            refuse(ctx, new AccessDenied(403, "the token does not grant " + needed));
            return;
        }
        ctx.put(Caller.ATTRIBUTE, caller);
        ctx.next();
    }

    /** The scope the scan endpoints need; null for the rest, which this stand-in leaves open. */
    static String requiredScope(String method, String path) {
        if (method.equals("POST") && path.equals("/scan")) {
            return Scopes.SCAN_WRITE;
        }
        if (method.equals("GET") && (path.equals("/scans") || path.startsWith("/scans/"))) {
            return Scopes.SCAN_READ;
        }
        return null;
    }

    private static void refuse(RoutingContext ctx, Throwable failure) {
        AccessDenied denied = failure instanceof AccessDenied access ? access
                : new AccessDenied(401, "the token could not be verified");
        String challenge = denied.status() == 403 ? "Bearer error=\"insufficient_scope\""
                : "Bearer error=\"invalid_token\"";
        ctx.response().setStatusCode(denied.status())
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("WWW-Authenticate", challenge)
                .end(Problems.body(denied.status(),
                        denied.status() == 403 ? "Forbidden" : "Unauthorized",
                        denied.getMessage()));
    }

    private static Optional<String> bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
