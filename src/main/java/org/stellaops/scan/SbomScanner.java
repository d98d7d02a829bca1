// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageResult;
import org.stellaops.match.ScanMatcher;
import org.stellaops.match.ScanReport;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;

/**
 * Scans a loaded SBOM: decides each component's purl, matches the distinct purls and keeps the
 * link from every purl back to the components that carry it. Components that cannot be matched
 * (no purl, a purl that does not parse, an ecosystem the snapshot does not cover) are listed in
 * {@link ScanResult#unmatched()} with the reason.
 */
public final class SbomScanner {


    private final PackageMatcher matcher;

    public SbomScanner(PackageMatcher matcher) {
        this.matcher = matcher;
    }

    public ScanResult scan(LoadedSbom loaded, String referenceTime) {
        ScanTarget target = new ScanTarget("sbom", loaded.origin(), loaded.digest(),
                loaded.format().option());
        return scan(loaded.sbom(), target, referenceTime);
    }

    /**
     * Scans an SBOM made here (from an image or a tree). A component an OS package installed
     * ({@code stella:ownedBy}) is not matched on its own: the distro's advisories for its owner
     * decide, since distros patch what they ship without changing upstream versions. It is
     * listed among the unmatched components with that reason, never dropped.
     */
    public ScanResult scan(Sbom sbom, ScanTarget target, String referenceTime) {
        Map<String, List<String>> refsByPurl = new TreeMap<>();
        List<UnmatchedComponent> unmatched = new ArrayList<>();
        int inferred = 0;
        for (SbomComponent component : sbom.components()) {
            String owner = component.properties().get(SbomComponent.OWNED_BY);
            if (owner != null) {
                unmatched.add(unmatchedOf(component, null,
                        "installed by OS package " + owner + ", which is matched instead"));
                continue;
            }
            PurlResolution resolution = ComponentPurls.resolve(component, sbom.os());
            if (resolution.purl() == null) {
                unmatched.add(unmatchedOf(component, null, resolution.reason()));
                continue;
            }
            inferred += resolution.inferred() ? 1 : 0;
            refsByPurl.computeIfAbsent(resolution.purl(), k -> new ArrayList<>())
                    .add(component.ref());
        }
        ScanReport report = new ScanMatcher(matcher).scan(target.ref(), refsByPurl.keySet());
        Map<String, SbomComponent> byRef = new HashMap<>();
        sbom.components().forEach(c -> byRef.put(c.ref(), c));
        for (PackageResult result : report.notCovered()) {
            for (String ref : refsByPurl.get(result.purl())) {
                unmatched.add(unmatchedOf(byRef.get(ref), result.purl(), result.reason()));
            }
        }
        refsByPurl.values().forEach(refs -> refs.sort(Comparator.naturalOrder()));
        unmatched.sort(Comparator.comparing(UnmatchedComponent::ref)
                .thenComparing(u -> u.purl() == null ? "" : u.purl()));
        return new ScanResult(target, referenceTime, sbom, report, refsByPurl,
                unmatched, inferred);
    }

    private static UnmatchedComponent unmatchedOf(SbomComponent component, String purl,
            String reason) {
        return new UnmatchedComponent(component.ref(), component.name(), component.version(),
                purl != null ? purl : component.purl(), reason);
    }
}
