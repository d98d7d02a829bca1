// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.CvssV3;
import us.springett.cvss.CvssV3_1;
import us.springett.cvss.MalformedVectorException;

/**
 * Base scores for CVSS v2, v3.0 and v3.1, computed by us.springett:cvss-calculator.
 *
 * <p>NOTE: the library's parser is lax. It keeps the last of two values given for one metric,
 * reads only the first letter of a value ("A:Hx" scores as "A:H"), ignores empty metrics and
 * v3.0 environmental metrics. So it never sees the source's text: {@link CvssGrammar} has
 * already validated the vector, and the library gets only the base metrics, rebuilt in
 * specification order. Its arithmetic, including the v3.1 Roundup, is what we rely on.
 */
final class LegacyCvssScorer {

    private LegacyCvssScorer() {
    }

    static double baseScore(String vector, CvssVersion version, Map<String, String> metrics)
            throws InvalidCvssException {
        List<String> base = CvssGrammars.of(version).baseMetrics();
        String canonical = version.prefix() + base.stream()
                .map(name -> name + ":" + metrics.get(name))
                .collect(Collectors.joining("/"));
        Cvss parsed;
        try {
            parsed = Cvss.fromVector(canonical);
        } catch (MalformedVectorException e) {
            throw new InvalidCvssException(vector,
                    "rejected by the CVSS library: " + e.getMessage());
        }
        if (!isExpectedType(version, parsed)) {
            throw new IllegalStateException("CVSS library read " + canonical + " as "
                    + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
        }
        return parsed.calculateScore().getBaseScore();
    }

    private static boolean isExpectedType(CvssVersion version, Cvss parsed) {
        return switch (version) {
            case V2 -> parsed instanceof CvssV2;
            case V3_0 -> parsed instanceof CvssV3 && !(parsed instanceof CvssV3_1);
            case V3_1 -> parsed instanceof CvssV3_1;
            case V4_0 -> false;
        };
    }
}
