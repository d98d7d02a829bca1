// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import org.stellaops.sbom.Sbom;
import org.stellaops.scan.ScanTarget;

/**
 * A scan's input read into an SBOM, whatever it was.
 *
 * @param created the creation time the input states (an image's config), or null
 */
record ScanInput(Sbom sbom, ScanTarget target, String created) {
}
