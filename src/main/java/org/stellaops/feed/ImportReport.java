// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;

/**
 * What an import saw besides the records it kept.
 *
 * @param documents JSON documents read
 * @param duplicates documents whose id was already read with identical content
 * @param conflicts duplicate ids with different content; each line says which copy won
 * @param rejected records skipped as invalid (only when skipping was asked for)
 * @param warnings tolerated schema warnings (unknown ecosystems or id prefixes), one per record
 * @param invalidVectors CVSS vectors that could not be computed and were ignored
 */
public record ImportReport(
        int documents,
        int duplicates,
        List<String> conflicts,
        List<RejectedRecord> rejected,
        List<String> warnings,
        int invalidVectors) {

    public ImportReport {
        conflicts = List.copyOf(conflicts);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
