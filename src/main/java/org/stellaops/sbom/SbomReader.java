// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.InputStream;

/**
 * Reads one SBOM format. Readers stream: they never hold the whole document as a tree, so a
 * 100 MB SBOM needs memory for its components, not for its text.
 */
public interface SbomReader {

    /**
     * Reads a document.
     *
     * @param origin the file name or {@code -} for standard input, used in every message
     * @throws SbomException naming the origin, the position when known and the reason
     */
    Sbom read(InputStream in, String origin) throws SbomException;
}
