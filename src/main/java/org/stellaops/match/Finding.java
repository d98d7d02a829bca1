// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.Comparator;
import java.util.List;
import org.stellaops.severity.Severity;

/**
 * One vulnerability affecting one package. Records that describe the same vulnerability (joined
 * by aliases, or by the CVEs a distro advisory fixes) come out as one finding.
 *
 * @param id the primary id, chosen by {@link FindingAssembler}'s documented rule
 * @param aliases every other id of the vulnerability, sorted
 * @param fixedVersions every fixed version above the installed one, in scheme order
 * @param matchedRanges the ranges that matched, one per advisory record
 *
 * <p>The lists must be immutable; they are not copied here. {@link FindingTemplate} makes
 * them so once per version interval and every finding of the interval shares them: a copy per
 * finding touched every list of every template, which cost a scan of the 20,000-purl benchmark
 * list a quarter of its time in cache misses.
 */
public record Finding(
        String id,
        List<String> aliases,
        String purl,
        String installedVersion,
        List<String> fixedVersions,
        Severity severity,
        String summary,
        List<String> references,
        List<MatchedRange> matchedRanges) {

    /** Severity (highest first), then id, then purl: the order of every report. */
    public static final Comparator<Finding> REPORT_ORDER = Finding::compareForReport;

    // written out rather than composed from Comparator.comparing: a scan sorts every finding
    private static int compareForReport(Finding a, Finding b) {
        int byLevel = b.severity().level().compareTo(a.severity().level());
        if (byLevel != 0) {
            return byLevel;
        }
        int byId = a.id().compareTo(b.id());
        return byId != 0 ? byId : a.purl().compareTo(b.purl());
    }

}
