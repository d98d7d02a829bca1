// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.quota;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the access layer tells the scan API about a scan it let through in the warning zone
 * or after a hold: the body of the {@code warning} event the scan's history gets.
 */
public final class QuotaNotice {

    static final String ATTRIBUTE = "stella.quota.notice";

    private QuotaNotice() {
    }

    /** The warning event's fields for this request's scan, or null when there is none. */
    public static Map<String, Object> of(RoutingContext ctx) {
        return ctx == null ? null : ctx.get(ATTRIBUTE);
    }

    static void put(RoutingContext ctx, String message, long used, long limit, long delayMs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("quotaUsed", used);
        body.put("quotaLimit", limit);
        body.put("delayedMs", delayMs);
        ctx.put(ATTRIBUTE, body);
    }
}
