// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.Map;

/**
 * Computes CVSS base scores from vector strings. Advisories often state a score next to the
 * vector; we never read it, because such numbers are stale or wrong often enough that only
 * the vector is evidence.
 *
 * <p>Every vector is validated against its version's grammar first, so a vector with an
 * unknown, repeated, misspelt or missing metric is rejected rather than scored as a guess.
 * Stateless and thread-safe.
 */
public final class CvssCalculator {

    private static final String VERSION_TAG = "CVSS:";

    private CvssCalculator() {
    }

    /**
     * Scores one vector. The version comes from its prefix: "CVSS:4.0/", "CVSS:3.1/" or
     * "CVSS:3.0/"; a vector without a "CVSS:" prefix is read as v2, bare
     * ("AV:N/AC:L/Au:N/C:P/I:P/A:P") or wrapped in parentheses as NVD once printed it.
     *
     * <p>Threat, temporal, environmental and supplemental metrics are validated but do not
     * change the result: it is always the base score (for v4.0, the CVSS-B score).
     *
     * @throws InvalidCvssException when the vector cannot be scored; the message says why
     */
    public static CvssScore score(String vector) throws InvalidCvssException {
        if (vector == null || vector.isBlank()) {
            throw new InvalidCvssException(String.valueOf(vector), "empty vector");
        }
        String trimmed = vector.strip();
        String normalised = unwrap(vector, trimmed);
        CvssVersion version = detectVersion(vector, normalised);
        if (version != CvssVersion.V2 && !normalised.equals(trimmed)) {
            throw new InvalidCvssException(vector, "only v2 vectors may be in parentheses");
        }
        String body = normalised.substring(version.prefix().length());
        Map<String, String> metrics = CvssGrammars.of(version).parse(vector, body);

        double baseScore = version == CvssVersion.V4_0
                ? CvssV4Scorer.score(metrics, false)
                : LegacyCvssScorer.baseScore(vector, version, metrics);
        return new CvssScore(version, normalised, baseScore,
                SeverityLevel.fromScore(version, baseScore));
    }

    private static String unwrap(String vector, String text) throws InvalidCvssException {
        boolean opens = text.startsWith("(");
        boolean closes = text.endsWith(")");
        if (opens != closes) {
            throw new InvalidCvssException(vector, "unbalanced parentheses");
        }
        return opens ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static CvssVersion detectVersion(String vector, String text)
            throws InvalidCvssException {
        if (!text.startsWith(VERSION_TAG)) {
            return CvssVersion.V2;
        }
        for (CvssVersion version : CvssVersion.values()) {
            if (version != CvssVersion.V2 && text.startsWith(version.prefix())) {
                return version;
            }
        }
        int slash = text.indexOf('/');
        String declared = slash < 0 ? text : text.substring(0, slash);
        throw new InvalidCvssException(vector, "unsupported CVSS version prefix '" + declared
                + "' (supported: CVSS:3.0, CVSS:3.1, CVSS:4.0, or none for v2)");
    }
}
