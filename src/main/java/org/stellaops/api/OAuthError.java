// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused token request, answered as RFC 6749 §5.2 says (not as a problem document: OAuth2
 * clients parse {@code error}): 400 with the error code, or 401 {@code invalid_client} with
 * {@code WWW-Authenticate: Basic}. The description says what to change and never echoes a
 * secret.
 */
public final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    private OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }

    /** Maps the refusal to its answer. */
    public static final class Mapper {

        @ServerExceptionMapper
        public Response answer(OAuthError e) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", e.error);
            body.put("error_description", e.getMessage());
            Response.ResponseBuilder response = Response.status(e.status)
                    .type(MediaType.APPLICATION_JSON).entity(ScanViews.json(
                            new LinkedHashMap<String, Object>(body)))
                    .header("Cache-Control", "no-store");
            if (e.status == 401) {
                response.header("WWW-Authenticate", "Basic realm=\"stella\"");
            }
            return response.build();
        }
    }
}
