// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.stellaops.severity.SeverityLevel;

/**
 * One finding as the rules see it, derived once per evaluation and shared by every rule: the
 * severity with UNKNOWN for none, the versionless purl, the advisory age and, on first use,
 * the CVSS metrics and the CEL inputs. Confined to the evaluating thread, so the lazy parts
 * need no locking.
 */
final class Subject {

    final FindingFacts facts;
    final SeverityLevel severity;
    final String versionlessPurl;
    final boolean fixAvailable;
    final Instant published;
    /** Seconds from publication to the reference time, or -1 when either is unknown. */
    final long ageSeconds;

    private Map<String, String> metrics;
    private final Map<String, Map<String, String>> vectors;
    private Map<String, Object> celVariables;
    private FastFrame fastFrame;

    Subject(FindingFacts facts, Instant referenceTime) {
        this(facts, referenceTime, null);
    }

    /**
     * @param vectors parsed CVSS vectors by text, shared by the subjects of one run (findings
     *     share vectors; each is parsed once); null to parse for this subject alone
     */
    Subject(FindingFacts facts, Instant referenceTime, Map<String, Map<String, String>> vectors) {
        this.vectors = vectors;
        this.facts = facts;
        this.severity = facts.severity() == null ? SeverityLevel.UNKNOWN : facts.severity();
        this.versionlessPurl = versionless(facts.purl());
        this.fixAvailable = !facts.fixedVersions().isEmpty();
        this.published = Times.parse(facts.published());
        this.ageSeconds = published == null || referenceTime == null ? -1
                : Math.max(0, referenceTime.getEpochSecond() - published.getEpochSecond());
    }

    /** Whole days since publication, or -1 when unknown. */
    long ageDays() {
        return ageSeconds < 0 ? -1 : ageSeconds / 86_400;
    }

    /** The CVSS vector's metrics by name ({@code AV -> N}); empty without a vector. */
    Map<String, String> metrics() {
        if (metrics == null) {
            String vector = facts.vector();
            metrics = vectors == null || vector == null ? parseVector(vector)
                    : vectors.computeIfAbsent(vector, Subject::parseVector);
        }
        return metrics;
    }

    /** The variables a rule's CEL expression sees; built on first use, then reused. */
    Map<String, Object> celVariables(Map<String, Object> scan) {
        if (celVariables == null) {
            celVariables = CelVariables.forRule(this, scan);
        }
        return celVariables;
    }

    /** The fast path's view of the finding and the scan; built on first use, then reused. */
    FastFrame fastFrame(CelScan scan) {
        if (fastFrame == null) {
            fastFrame = new FastFrame(CelFacts.forRule(this), null, scan);
        }
        return fastFrame;
    }

    private static String versionless(String purl) {
        if (purl == null) {
            return null;
        }
        // in a purl '@' only ever separates the version: a scope's '@' is percent-encoded
        int end = purl.length();
        for (char stop : new char[] {'@', '?', '#'}) {
            int at = purl.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return purl.substring(0, end);
    }

    private static Map<String, String> parseVector(String vector) {
        if (vector == null || vector.isBlank()) {
            return Collections.emptyMap();
        }
        Map<String, String> parsed = new HashMap<>();
        for (String part : vector.split("/")) {
            int colon = part.indexOf(':');
            if (colon > 0 && !part.startsWith("CVSS:")) {
                parsed.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return parsed;
    }
}
