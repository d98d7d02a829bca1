// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a product is not affected, in the five labels OpenVEX and CSAF share. CycloneDX's nine
 * justifications are mapped onto these by its reader (the original word is kept in
 * {@link VexStatement#justificationText()}); the mapping is in docs/vex.md.
 */
public enum VexJustification {
    COMPONENT_NOT_PRESENT,
    VULNERABLE_CODE_NOT_PRESENT,
    VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
    VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
    INLINE_MITIGATIONS_ALREADY_EXIST;

    // the wire name is asked for every finding of every scan: made once
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static Optional<VexJustification> parse(String wire) {
        for (VexJustification justification : values()) {
            if (justification.wire().equals(wire)) {
                return Optional.of(justification);
            }
        }
        return Optional.empty();
    }
}
