// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.util.List;
import org.stellaops.crypto.Verification;

/**
 * The verdict on one envelope. Verified means all of: the signatures over the PAE held by the
 * crypto profile's rule, the payload type is in-toto's, the payload is a v1 statement, and,
 * when an artifact digest was given, a subject carries it.
 *
 * @param signatures the profile verifier's verdict on the signatures (key ids that held,
 *     reasons for those that did not)
 * @param statement the statement read from the payload, or null when it could not be read or
 *     the signatures did not hold (an unsigned payload is not handed out)
 * @param reasons why it is not verified, one line each for an operator; empty when verified
 */
public record EnvelopeVerification(boolean verified, Verification signatures,
        Statement statement, List<String> reasons) {

    public EnvelopeVerification {
        reasons = List.copyOf(reasons);
        if (verified != reasons.isEmpty()) {
            throw new IllegalArgumentException("verified exactly when there is no reason");
        }
    }
}
