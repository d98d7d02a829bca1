// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.vertx.ext.web.RoutingContext;
import org.stellaops.auth.Caller;

/** The caller of a request, as the routes in front of the resources resolved it. */
public final class Callers {

    private Callers() {
    }

    /**
     * The resolved caller; an anonymous one (known by no address) when no route put one,
     * which is how a request without a token arrives when no quota route runs.
     */
    public static Caller of(RoutingContext ctx) {
        Caller caller = ctx == null ? null : ctx.get(Caller.ATTRIBUTE);
        return caller != null ? caller : Caller.anonymous(null);
    }

    /**
     * The owner a scan or upload of this caller is recorded under: the hash of its subject,
     * or null for an anonymous caller, whose scans anyone holding their id may read.
     */
    public static String ownerOf(Caller caller) {
        return caller.anonymous() ? null : caller.quotaKey();
    }
}
