// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * A policy document as loaded and checked by {@link PolicyLoader}, not yet compiled.
 *
 * @param version the document's own version label, or null when it has none
 * @param origin the file or other source it was read from, as used in error messages
 * @param digest {@code sha256:} and the hex SHA-256 of the RFC 8785 canonical JSON of the
 *     parsed document: key order, comments, quoting and layout do not change it, any value does
 * @param match how many rules decide a finding
 * @param rules in document order
 * @param gates in document order
 * @param sourceDigest {@code sha256:} of the policy's bytes as read, which is what a replay
 *     manifest records and finds the kept copy by
 */
public record Policy(
        String name,
        String version,
        String origin,
        String digest,
        MatchMode match,
        List<PolicyRule> rules,
        List<PolicyGate> gates,
        String sourceDigest) {

    public Policy {
        rules = List.copyOf(rules);
        gates = List.copyOf(gates);
    }
}
