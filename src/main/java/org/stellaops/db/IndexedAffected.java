// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.util.List;
import org.stellaops.feed.OsvRange;

/** One affected[] entry found under a package key, with the ordinal of its advisory. */
public record IndexedAffected(
        int advisory, String ecosystem, String name, List<OsvRange> ranges, List<String> versions) {
}
