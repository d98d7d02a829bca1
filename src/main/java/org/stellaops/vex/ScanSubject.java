// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * What was scanned, for statements about a whole product (an OpenVEX product that is the image,
 * with or without subcomponents).
 *
 * @param digest the image manifest digest or the SBOM's sha256 ({@code sha256:...}), or null
 * @param reference the image reference or file as the user named it, or null
 * @param purls purls the scanned artifact is known by (the SBOM's subject component)
 */
public record ScanSubject(String digest, String reference, List<String> purls) {

    public ScanSubject {
        purls = List.copyOf(purls);
    }
}
