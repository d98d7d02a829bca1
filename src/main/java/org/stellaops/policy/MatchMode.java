// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.Locale;

/** How many of a policy's rules decide a finding. */
public enum MatchMode {
    /** Rules are tried in order and the first that matches decides; the rest are skipped. */
    FIRST,
    /** Every rule is tried; of those that match, the strongest action wins (earliest on a tie). */
    ALL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
