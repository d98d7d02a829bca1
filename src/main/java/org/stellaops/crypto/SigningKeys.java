// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.util.List;

/**
 * The key or keys a scan signs with, in a fixed order: one signer normally, two for the pq
 * hybrid (ML-DSA-65 first, then ECDSA P-256), each of which puts its own signature on the
 * envelope.
 */
public record SigningKeys(String profile, List<Signer> signers) {

    public SigningKeys {
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("no signer");
        }
        signers = List.copyOf(signers);
    }
}
