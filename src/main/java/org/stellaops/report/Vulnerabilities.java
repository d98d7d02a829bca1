// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stellaops.match.Finding;
import org.stellaops.severity.Severity;

/**
 * What the CycloneDX and SARIF reports say per vulnerability rather than per finding: findings
 * grouped by id, in report order, and where a vulnerability id is published.
 */
final class Vulnerabilities {

    /**
     * A vulnerability database and the page of one of its entries.
     *
     * <p>By id prefix: {@code CVE-} is NVD, {@code GHSA-} is GitHub's advisory database, every
     * other id (PYSEC, GO, RUSTSEC, ALSA, ...) is taken to be served by OSV, which aggregates them.
     */
    record Source(String name, String url) {

        static Source of(String id) {
            if (id.startsWith("CVE-")) {
                return new Source("NVD", "https://nvd.nist.gov/vuln/detail/" + id);
            }
            if (id.startsWith("GHSA-")) {
                return new Source("GitHub", "https://github.com/advisories/" + id);
            }
            return new Source("OSV", "https://osv.dev/vulnerability/" + id);
        }
    }

    private Vulnerabilities() {
    }

    /** Findings by id; ids in the order they first appear, findings in report order. */
    static Map<String, List<Finding>> byId(List<Finding> findings) {
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f));
        return byId;
    }

    /** The most severe of the findings' severities, by {@link Severity#higherOf}. */
    static Severity highestOf(List<Finding> findings) {
        Severity highest = findings.get(0).severity();
        for (Finding f : findings) {
            highest = Severity.higherOf(highest, f.severity());
        }
        return highest;
    }

    /** The first summary that says something, or null. */
    static String summaryOf(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.summary() != null && !f.summary().isBlank()) {
                return f.summary().strip();
            }
        }
        return null;
    }

    static List<String> aliasesOf(List<Finding> findings) {
        Set<String> aliases = new LinkedHashSet<>();
        findings.forEach(f -> aliases.addAll(f.aliases()));
        return List.copyOf(aliases);
    }

    static List<String> referencesOf(List<Finding> findings) {
        Set<String> references = new LinkedHashSet<>();
        findings.forEach(f -> references.addAll(f.references()));
        return List.copyOf(references);
    }
}
