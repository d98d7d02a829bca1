// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;
import org.stellaops.db.AdvisoryMeta;

/** One advisory record whose range matched the installed version. */
record AdvisoryMatch(AdvisoryParts parts, List<String> fixed, AffectingRange range) {

    AdvisoryMatch(AdvisoryMeta advisory, List<String> fixed, MatchedRange range) {
        this(AdvisoryParts.of(advisory), fixed, AffectingRange.of(range));
    }

    AdvisoryMeta advisory() {
        return parts.meta();
    }
}
