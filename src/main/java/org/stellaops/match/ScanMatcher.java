// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Matches a whole package list and folds the per-package results into one report. */
public final class ScanMatcher {

    private final PackageMatcher matcher;

    public ScanMatcher(PackageMatcher matcher) {
        this.matcher = matcher;
    }

    public ScanReport scan(String target, Collection<String> purls) {
        List<Finding> findings = new ArrayList<>();
        List<PackageResult> notCovered = new ArrayList<>();
        List<UnknownMatch> unknowns = new ArrayList<>();
        TreeSet<String> distinct = new TreeSet<>(purls);
        for (String purl : distinct) {
            PackageResult result = matcher.matchFindings(purl);
            findings.addAll(result.findings());
            unknowns.addAll(result.unknowns());
            if (result.status() != CoverageStatus.COVERED) {
                notCovered.add(result);
            }
        }
        findings.sort(Finding.REPORT_ORDER);
        unknowns.sort(Comparator.comparing(UnknownMatch::purl)
                .thenComparing(UnknownMatch::advisory));
        return new ScanReport(target, matcher.snapshot().digest(),
                matcher.snapshot().manifest().snapshotDate(), matcher.coveredEcosystems(),
                distinct.size(), findings, notCovered, unknowns);
    }
}
