// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.Map;

/**
 * How CSAF product_status groups map onto {@link VexStatus}. {@code first_affected} and
 * {@code last_affected} name affected versions, so they are AFFECTED; {@code first_fixed} is
 * FIXED. {@code recommended} is absent on purpose: it names the version a vendor advises, which
 * says nothing about whether that version is affected, so it yields no statement.
 */
final class CsafStatuses {

    private static final Map<String, VexStatus> STATUSES = Map.of(
            "known_not_affected", VexStatus.NOT_AFFECTED,
            "fixed", VexStatus.FIXED,
            "first_fixed", VexStatus.FIXED,
            "known_affected", VexStatus.AFFECTED,
            "first_affected", VexStatus.AFFECTED,
            "last_affected", VexStatus.AFFECTED,
            "under_investigation", VexStatus.UNDER_INVESTIGATION);

    private CsafStatuses() {
    }

    /** The status of a product_status group, or null for one that makes no VEX claim. */
    static VexStatus of(String category) {
        return STATUSES.get(category);
    }
}
