// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

/**
 * One version of a named policy as the server keeps it.
 *
 * @param version assigned by the server: 1, 2, 3... per name, never reused
 * @param digest the policy's digest ({@code sha256:...}), as reports record it
 * @param text the YAML as sent
 */
public record StoredPolicy(String name, long version, String digest, String stored,
        String text) {
}
