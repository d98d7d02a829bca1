// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

/**
 * A scan that cannot finish because of its input or its environment: an SBOM that does not
 * parse, an image that cannot be pulled, a layer the server has no inventory for. The message
 * is what the {@code failed} event and the scan's state say.
 */
public final class ScanFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScanFailure(String message) {
        super(message, null, false, false);
    }
}
