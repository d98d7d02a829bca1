// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the REST API returns, as {@code application/problem+json} (RFC 9457): our own
 * refusals, the framework's (unknown path, wrong method, unsupported media type, unreadable
 * body), Redis out of reach (503, as readiness says) and anything unexpected, which is logged
 * and answered without internals.
 */
public final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ServerExceptionMapper
    public Response ours(ProblemException problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(body(problem.status(), problem.title(), problem.getMessage()));
        problem.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, title, e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Response.status(400).type(MEDIA_TYPE).entity(body(400, "Bad Request",
                "the JSON body does not read: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")"))).build();
    }

    /** Redis refuses connections (down, restarting): the request may succeed later. */
    @ServerExceptionMapper
    public Response storeAway(ConnectException e) {
        LOG.debugf("scan store unreachable (reason: %s)", e.getMessage());
        return Response.status(503).type(MEDIA_TYPE).header("Retry-After", "5")
                .entity(body(503, "Service Unavailable", "the scan store does not answer: "
                        + e.getMessage())).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        LOG.error("request failed unexpectedly", e);
        return Response.status(500).type(MEDIA_TYPE).entity(body(500, "Internal Server Error",
                "the server failed to answer; its log says why")).build();
    }

    /** The problem document itself. */
    public static String body(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always write", e);
        }
    }
}
