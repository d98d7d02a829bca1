// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/** An SBOM that cannot be read; the message names the file, the position and the reason. */
public final class SbomException extends Exception {

    public SbomException(String message) {
        super(message);
    }
}
