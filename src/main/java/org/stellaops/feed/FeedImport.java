// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;

/**
 * The outcome of reading feed inputs, before anything is written: the advisories in id order,
 * the content digest that will name the snapshot, and the snapshot date.
 *
 * @param digest {@code sha256:} over every record's RFC 8785 canonical JSON followed by a
 *     newline, in id order; independent of file order and formatting
 * @param snapshotDate the newest {@code modified} among the advisories
 */
public record FeedImport(
        List<PreparedAdvisory> advisories, String digest, String snapshotDate, ImportReport report) {

    public FeedImport {
        advisories = List.copyOf(advisories);
    }
}
