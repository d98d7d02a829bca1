// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.List;
import org.stellaops.sbom.Sbom;
import org.stellaops.scan.ScanTarget;
import org.stellaops.vex.VexDocument;

/**
 * A scan's input read into an SBOM, whatever it was.
 *
 * @param created the creation time the input states (an image's config), or null
 * @param embeddedVex the VEX statements a CycloneDX SBOM carries itself
 */
record ScanInput(Sbom sbom, ScanTarget target, String created,
        List<VexDocument> embeddedVex) {

    ScanInput(Sbom sbom, ScanTarget target, String created) {
        this(sbom, target, created, List.of());
    }
}
