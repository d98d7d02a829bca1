// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.Locale;
import java.util.Optional;

/**
 * The four statuses every VEX format shares (OpenVEX's names; CSAF product_status groups and
 * CycloneDX analysis states are mapped onto them by their readers). Declared in lattice order,
 * least conservative first: when statements tie, the later constant wins, because a scanner
 * that must guess should guess "affected" (see docs/vex.md).
 */
public enum VexStatus {
    NOT_AFFECTED,
    FIXED,
    UNDER_INVESTIGATION,
    AFFECTED;

    // the wire name is asked for every finding of every scan: made once
    private final String wire = name().toLowerCase(Locale.ROOT);

    /** The wire name, as OpenVEX writes it: {@code not_affected}. */
    public String wire() {
        return wire;
    }

    /** Whether a finding with this status is closed (not counted by the threshold). */
    public boolean closes() {
        return this == NOT_AFFECTED || this == FIXED;
    }

    public static Optional<VexStatus> parse(String wire) {
        for (VexStatus status : values()) {
            if (status.wire().equals(wire)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
