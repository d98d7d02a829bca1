// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.List;
import org.stellaops.sbom.Sbom;
import org.stellaops.scan.ScanTarget;
import org.stellaops.vex.VexDocument;

/**
 * A target read into an SBOM, whatever it was: an SBOM file, an image or a tree.
 *
 * @param sbom the SBOM read or generated
 * @param target what was scanned, for reports
 * @param created when the target says it was made (an image's config), or null
 */
record ReadTarget(Sbom sbom, ScanTarget target, String created,
        List<VexDocument> embeddedVex) {

    ReadTarget(Sbom sbom, ScanTarget target, String created) {
        this(sbom, target, created, List.of());
    }
}
