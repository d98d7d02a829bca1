// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * A finding as VEX sees it: the vulnerability's ids and the package it was found in.
 *
 * @param key identifies the finding within the scan
 * @param componentRefs the SBOM components (bom-refs, SPDX ids) that carry the package
 * @param cpes the CPEs those components state
 */
public record VexTarget(String key, String id, List<String> aliases, String purl,
        List<String> componentRefs, List<String> cpes) {

    public VexTarget {
        aliases = List.copyOf(aliases);
        componentRefs = List.copyOf(componentRefs);
        cpes = List.copyOf(cpes);
    }
}
