// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stellaops.severity.Severity;

/**
 * A {@link Finding} before the package's purl and installed version are filled in: everything
 * the advisories say about one vulnerability for one package name and version interval. Its
 * lists are immutable and shared by every finding made from it.
 */
record FindingTemplate(String id, List<String> aliases, List<String> fixedVersions,
        Severity severity, String summary, List<String> references,
        List<AffectingRange> ranges) {

    /**
     * Severity (highest first), then id: {@link Finding#REPORT_ORDER} for findings of one
     * package, whose purls are equal.
     */
    static final Comparator<FindingTemplate> ORDER = FindingTemplate::compare;

    FindingTemplate {
        aliases = List.copyOf(aliases);
        fixedVersions = List.copyOf(fixedVersions);
        references = List.copyOf(references);
        ranges = List.copyOf(ranges);
    }

    private static int compare(FindingTemplate a, FindingTemplate b) {
        int byLevel = b.severity().level().compareTo(a.severity().level());
        return byLevel != 0 ? byLevel : a.id().compareTo(b.id());
    }

    Finding at(String purl, String version) {
        List<MatchedRange> matched;
        if (ranges.size() == 1) {
            matched = List.of(ranges.get(0).at(version));
        } else {
            List<MatchedRange> each = new ArrayList<>(ranges.size());
            for (AffectingRange range : ranges) {
                each.add(range.at(version));
            }
            matched = List.copyOf(each);
        }
        return new Finding(id, aliases, purl, version, fixedVersions, severity, summary,
                references, matched);
    }

    /** The findings of one package, in report order when {@code templates} are in ORDER. */
    static List<Finding> findings(List<FindingTemplate> templates, PackageQuery query) {
        List<Finding> findings = new ArrayList<>(templates.size());
        for (FindingTemplate template : templates) {
            findings.add(template.at(query.purl(), query.version()));
        }
        return findings;
    }
}
