// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;
import org.stellaops.severity.SeverityLevel;

/**
 * What a policy rule may look at for one finding: the finding, its package and its VEX
 * outcome. Plain values only, so the policy stage depends on no other stage's types.
 *
 * @param key identifies the finding within the scan ({@code id + " " + purl})
 * @param ecosystem the purl type ({@code npm}, {@code deb}, ...)
 * @param layers the layer diff ids the package was found in, sorted; empty when unknown
 * @param score the CVSS base score, or null
 * @param vector the CVSS vector string, or null
 * @param fixedVersions fixed versions above the installed one; empty when no fix is known
 * @param published the earliest {@code published} time of the finding's advisories (RFC 3339),
 *     or null when none says
 * @param vexStatus the VEX consensus status ({@code affected} when no statement applies)
 * @param vexJustification the winning statement's justification (wire name), or null
 * @param vexIssuer the winning statement's issuer, or null
 */
public record FindingFacts(
        String key,
        String id,
        List<String> aliases,
        String purl,
        String packageName,
        String ecosystem,
        String version,
        List<String> layers,
        SeverityLevel severity,
        Double score,
        String vector,
        List<String> fixedVersions,
        String published,
        String vexStatus,
        String vexJustification,
        String vexIssuer) {

    public FindingFacts {
        aliases = List.copyOf(aliases);
        layers = List.copyOf(layers);
        fixedVersions = List.copyOf(fixedVersions);
    }
}
