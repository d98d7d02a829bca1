// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

/**
 * The purl a component is matched under, or why it has none.
 *
 * @param purl the purl to match, or null when the component cannot be matched
 * @param inferred true when the purl was not in the document but inferred from a CPE or hints
 * @param reason why there is no purl (null when there is one)
 */
record PurlResolution(String purl, boolean inferred, String reason) {

    static PurlResolution of(String purl) {
        return new PurlResolution(purl, false, null);
    }

    static PurlResolution inferredAs(String purl) {
        return new PurlResolution(purl, true, null);
    }

    static PurlResolution none(String reason) {
        return new PurlResolution(null, false, reason);
    }
}
