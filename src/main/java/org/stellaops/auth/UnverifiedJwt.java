// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * The header and claims of a compact JWT read without checking anything: only to choose who
 * verifies the token (by {@code iss}) and with which key (by {@code kid}). Nothing read here
 * is trusted until a verifier has checked the signature.
 */
public record UnverifiedJwt(JsonNode header, JsonNode claims) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the token's first two parts; fails with a 401 when they are not JSON. */
    public static UnverifiedJwt read(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AccessDenied(401, "the token is not a signed JWT (three dot-separated "
                    + "parts)");
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = JSON.readTree(decoder.decode(parts[0]));
            JsonNode claims = JSON.readTree(decoder.decode(parts[1]));
            if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
                throw new AccessDenied(401, "the token's header or claims are not JSON objects");
            }
            return new UnverifiedJwt(header, claims);
        } catch (IllegalArgumentException | IOException e) {
            throw new AccessDenied(401, "the token's header or claims do not decode");
        }
    }

    public String issuer() {
        return claims.path("iss").isTextual() ? claims.get("iss").asText() : null;
    }

    public String keyId() {
        return header.path("kid").isTextual() ? header.get("kid").asText() : null;
    }

    public String algorithm() {
        return header.path("alg").isTextual() ? header.get("alg").asText() : null;
    }
}
