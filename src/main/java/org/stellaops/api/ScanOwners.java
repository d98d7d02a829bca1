// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import org.stellaops.auth.Caller;
import org.stellaops.store.ScanState;

/**
 * Who may see a scan. A scan submitted with a token records the hash of its caller's subject
 * (field {@code caller}); only that caller reads, follows or cancels it, and anyone else is
 * told there is no such scan (404, so ids of other clients' scans cannot be confirmed). A scan
 * submitted without a token records no caller and is readable by whoever holds its id, which
 * is 128 random bits.
 */
final class ScanOwners {

    static final String FIELD = "caller";

    private ScanOwners() {
    }

    static boolean visibleTo(ScanState state, Caller caller) {
        String owner = state.get(FIELD);
        return owner == null || owner.equals(Callers.ownerOf(caller));
    }

    /** The state when the caller may see it; a 404 problem otherwise. */
    static ScanState check(ScanState state, Caller caller) {
        if (state != null && !visibleTo(state, caller)) {
            throw ProblemException.notFound("no scan " + state.id() + " of this caller");
        }
        return state;
    }
}
