// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.stellaops.auth.Caller;

/**
 * The namespace of a client's uploaded layer fragments: a hash of the secret it sends in
 * {@code X-Stella-Client-Key}. Only a client that knows the secret reaches the namespace, so
 * no client can plant fragments where another will read them. An authenticated caller's
 * namespace is the hash of its subject instead, whatever header it sends; the header remains
 * for anonymous callers.
 */
final class ClientKeys {

    static final String HEADER = "X-Stella-Client-Key";
    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 1024;

    private ClientKeys() {
    }

    /** The caller's namespace: its subject's hash, else that of the header's key, or null. */
    static String namespaceOf(Caller caller, jakarta.ws.rs.core.HttpHeaders headers) {
        String owner = Callers.ownerOf(caller);
        return owner != null ? owner : namespaceOf(headers.getHeaderString(HEADER));
    }

    /** The namespace, or null when no key was sent; a problem when the key is unusable. */
    static String namespaceOf(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(HEADER + " must be " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters of secret");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
