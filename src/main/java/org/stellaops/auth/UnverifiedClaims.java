// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The issuer a compact JWT claims, read without checking anything: only to choose which
 * verifier gets the token. Nothing read here may be trusted before that verifier has run.
 */
final class UnverifiedClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnverifiedClaims() {
    }

    /** The {@code iss} of a three-part JWT, or empty when the token is not one. */
    static Optional<String> issuer(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode iss = payload == null ? null : payload.get("iss");
            return iss != null && iss.isTextual() ? Optional.of(iss.asText()) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
