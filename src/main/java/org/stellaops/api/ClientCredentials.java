// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The client id and secret of a token request (RFC 6749 §2.3.1): from HTTP Basic
 * ({@code client_secret_basic}, both parts form-urlencoded before base64) or from the form
 * ({@code client_secret_post}); never both.
 */
record ClientCredentials(String id, String secret) {

    /** The credentials, or an {@link OAuthError} saying what is wrong with them. */
    static ClientCredentials of(String authorization, String formId, String formSecret) {
        boolean basic = authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (authorization != null && !basic) {
            throw OAuthError.invalidClient("only HTTP Basic client authentication is taken");
        }
        if (basic && (formSecret != null)) {
            throw OAuthError.invalidRequest("send the client secret either in the "
                    + "Authorization header or in the form, not both");
        }
        if (basic) {
            return ofBasic(authorization.substring(6).strip());
        }
        if (formId == null || formId.isBlank() || formSecret == null || formSecret.isEmpty()) {
            throw OAuthError.invalidClient("no client credentials: HTTP Basic, or client_id "
                    + "and client_secret in the form");
        }
        return new ClientCredentials(formId, formSecret);
    }

    private static ClientCredentials ofBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("the Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw OAuthError.invalidClient("the Basic credentials are not 'id:secret'");
        }
        try {
            return new ClientCredentials(
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("the Basic credentials are not form-urlencoded");
        }
    }
}
