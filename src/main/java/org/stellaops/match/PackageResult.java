// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * Everything matching concluded about one package.
 *
 * @param reason why the package is not covered or not mappable; null when covered
 * @param trace one line per range evaluated, for the explain trace
 */
public record PackageResult(
        String purl,
        CoverageStatus status,
        String ecosystem,
        String reason,
        List<Finding> findings,
        List<UnknownMatch> unknowns,
        List<TraceLine> trace) {

    public PackageResult {
        findings = List.copyOf(findings);
        unknowns = List.copyOf(unknowns);
        trace = List.copyOf(trace);
    }
}
