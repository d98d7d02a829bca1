// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Rating;
import org.stellaops.match.Finding;
import org.stellaops.severity.Severity;

/**
 * One CycloneDX vulnerability from the findings that share an id.
 *
 * <ul>
 *   <li>{@code source}: by id prefix, see {@link Vulnerabilities.Source}.</li>
 *   <li>{@code references}: the aliases, each with its own source.</li>
 *   <li>{@code ratings}: one per distinct severity of the findings: score, severity, method
 *       ({@code CVSSv2} for a vector without a {@code CVSS:} prefix, {@code CVSSv3},
 *       {@code CVSSv31}, {@code CVSSv4} by prefix; none for a stated level) and vector; its
 *       source is the database of the record that gave the severity.</li>
 *   <li>{@code description}: the summary; {@code recommendation}: the fixed versions.</li>
 *   <li>{@code advisories}: the reference URLs; one that is not a valid URI is left out, as the
 *       schema would reject the document.</li>
 *   <li>{@code affects}: every component carrying an affected purl, with its installed version
 *       as {@code affected}.</li>
 * </ul>
 */
final class CycloneDxVulnerabilities {

    private CycloneDxVulnerabilities() {
    }

    static Vulnerability vulnerabilityOf(String id, List<Finding> findings,
            Map<String, List<String>> componentRefs) {
        Vulnerability vulnerability = new Vulnerability();
        vulnerability.setId(id);
        vulnerability.setSource(sourceOf(id));
        List<Vulnerability.Reference> references = new ArrayList<>();
        for (String alias : Vulnerabilities.aliasesOf(findings)) {
            Vulnerability.Reference reference = new Vulnerability.Reference();
            reference.setId(alias);
            reference.setSource(sourceOf(alias));
            references.add(reference);
        }
        vulnerability.setReferences(references.isEmpty() ? null : references);
        vulnerability.setRatings(ratingsOf(findings));
        vulnerability.setDescription(Vulnerabilities.summaryOf(findings));
        vulnerability.setRecommendation(recommendationOf(findings));
        List<Vulnerability.Advisory> advisories = new ArrayList<>();
        for (String url : Vulnerabilities.referencesOf(findings)) {
            if (isUri(url)) {
                Vulnerability.Advisory advisory = new Vulnerability.Advisory();
                advisory.setUrl(url);
                advisories.add(advisory);
            }
        }
        vulnerability.setAdvisories(advisories.isEmpty() ? null : advisories);
        vulnerability.setAffects(affectsOf(findings, componentRefs));
        return vulnerability;
    }

    private static Vulnerability.Source sourceOf(String id) {
        Vulnerabilities.Source known = Vulnerabilities.Source.of(id);
        Vulnerability.Source source = new Vulnerability.Source();
        source.setName(known.name());
        source.setUrl(known.url());
        return source;
    }

    private static List<Rating> ratingsOf(List<Finding> findings) {
        Set<Severity> distinct = new LinkedHashSet<>();
        findings.forEach(f -> distinct.add(f.severity()));
        List<Rating> ratings = new ArrayList<>();
        for (Severity severity : distinct) {
            Rating rating = new Rating();
            rating.setScore(severity.score());
            rating.setSeverity(Rating.Severity.valueOf(severity.level().name()));
            rating.setMethod(methodOf(severity.vector()));
            rating.setVector(severity.vector());
            // Severity.source is "<record id> <field>", or "none"
            String record = severity.source().split(" ", 2)[0];
            if (!"none".equals(record)) {
                rating.setSource(sourceOf(record));
            }
            ratings.add(rating);
        }
        return ratings;
    }

    private static Rating.Method methodOf(String vector) {
        if (vector == null) {
            return null;
        }
        if (vector.startsWith("CVSS:4.")) {
            return Rating.Method.CVSSV4;
        }
        if (vector.startsWith("CVSS:3.1")) {
            return Rating.Method.CVSSV31;
        }
        return vector.startsWith("CVSS:3.") ? Rating.Method.CVSSV3 : Rating.Method.CVSSV2;
    }

    private static String recommendationOf(List<Finding> findings) {
        List<String> upgrades = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.fixedVersions().isEmpty()) {
                upgrades.add(f.purl() + " to " + String.join(" or ", f.fixedVersions()));
            }
        }
        return upgrades.isEmpty() ? null : "Upgrade " + String.join("; ", upgrades) + ".";
    }

    private static List<Vulnerability.Affect> affectsOf(List<Finding> findings,
            Map<String, List<String>> componentRefs) {
        Set<String> seen = new LinkedHashSet<>();
        List<Vulnerability.Affect> affects = new ArrayList<>();
        for (Finding f : findings) {
            for (String ref : componentRefs.getOrDefault(f.purl(), List.of())) {
                if (!seen.add(ref)) {
                    continue;
                }
                Vulnerability.Affect affect = new Vulnerability.Affect();
                affect.setRef(ref);
                if (f.installedVersion() != null) {
                    Vulnerability.Version version = new Vulnerability.Version();
                    version.setVersion(f.installedVersion());
                    version.setStatus(Vulnerability.Version.Status.AFFECTED);
                    affect.setVersions(List.of(version));
                }
                affects.add(affect);
            }
        }
        return affects;
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return !text.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
