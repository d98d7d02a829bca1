// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Compact JWTs an attacker, or another verifier's issuer, could present: a real token with its
 * claims changed under the old signature, and tokens signed with a key made on the spot (RS256
 * with a {@code kid} no JWKS lists; ES256 shaped like Stella's own tokens).
 */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** The token with {@code claim} set to {@code value}; header and signature unchanged. */
    static String withClaim(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) ApiClient.json(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        payload.put(claim, value);
        return parts[0] + "." + B64.encodeToString(bytes(payload)) + "." + parts[2];
    }

    /** An RS256 token for issuer and audience, signed by a fresh key under an unknown kid. */
    static String signedByStranger(String issuer, String audience) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return signed(Map.of("alg", "RS256", "typ", "JWT", "kid", "stranger"),
                    claims(issuer, audience), rsa.generateKeyPair().getPrivate(),
                    "SHA256withRSA");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ES256 token of another issuer, as Stella's own token service signs them. */
    static String es256(String issuer, String audience) {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            return signed(Map.of("alg", "ES256", "typ", "JWT", "kid", "stella-1"),
                    claims(issuer, audience), ec.generateKeyPair().getPrivate(),
                    "SHA256withECDSAinP1363Format");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> claims(String issuer, String audience) {
        long now = Instant.now().getEpochSecond();
        return Map.of("iss", issuer, "aud", audience, "sub", "forged-client", "iat", now,
                "exp", now + 300, "scope", "scan:write scan:read", "stella_tier", "enterprise");
    }

    private static String signed(Map<String, Object> header, Map<String, Object> claims,
            PrivateKey key, String algorithm) throws GeneralSecurityException {
        String input = B64.encodeToString(bytes(header)) + "." + B64.encodeToString(bytes(claims));
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signature.sign());
    }

    /** A signature with one bit flipped: the same length, no longer the key's. */
    static String withFlippedSignatureBit(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 1;
        return parts[0] + "." + parts[1] + "." + B64.encodeToString(signature);
    }

    private static byte[] bytes(Object json) {
        try {
            return ApiClient.JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
