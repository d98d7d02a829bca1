// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

/**
 * A VEX document registered on the server.
 *
 * @param id the registry id: the first 32 hex digits of SHA-256 over owner and document digest,
 *     so one client registering the same document twice gets the same entry
 * @param owner the client namespace that registered it, or {@link #GLOBAL}
 * @param registered when it was registered (RFC 3339, milliseconds)
 * @param document the document's bytes, as sent
 */
public record RegisteredVex(String id, String owner, String origin, String format,
        String digest, int statements, String registered, byte[] document) {

    /** The owner of documents every scan sees. */
    public static final String GLOBAL = "global";
}
