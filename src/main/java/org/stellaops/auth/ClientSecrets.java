// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Client secrets as they are stored: PBKDF2-HMAC-SHA256 with a random 16-byte salt, written as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (base64), so that a stored hash says how to check
 * it and the iteration count can grow without invalidating older hashes. The JDK's PBKDF2 does
 * the work (no dependency needed for it); comparison is constant-time. A wrong or malformed
 * hash never matches. Hashing takes tens of milliseconds on purpose: run it off the event loop.
 */
public final class ClientSecrets {

    public static final int ITERATIONS = 100_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {
    }

    /** A new secret for a client: 256 random bits, URL-safe base64. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return hash(secret, ITERATIONS);
    }

    public static String hash(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations));
    }

    /** Whether the secret is the one hashed; false for a hash this class did not write. */
    public static boolean matches(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > 10_000_000) {
                return false;
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(secret, b64.decode(parts[2]), iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
