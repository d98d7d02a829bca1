// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.crypto.SignatureValue;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.SigningKeys;

/**
 * Signs payloads into envelopes: every signer of the {@link SigningKeys}, in their order, puts
 * its own signature over the same PAE bytes, so a pq hybrid key leaves two signatures
 * (ML-DSA-65 first, then ECDSA P-256). The PAE is built once per payload, whatever the number
 * of signers.
 */
public final class EnvelopeSigner {

    private EnvelopeSigner() {
    }

    /** An envelope of an in-toto statement's canonical bytes. */
    public static Envelope sign(Statement statement, SigningKeys keys) {
        return sign(Statement.PAYLOAD_TYPE, statement.toBytes(), keys);
    }

    /** An envelope of any payload. */
    public static Envelope sign(String payloadType, byte[] payload, SigningKeys keys) {
        byte[] pae = Pae.encode(payloadType, payload);
        List<SignatureValue> signatures = new ArrayList<>(keys.signers().size());
        for (Signer signer : keys.signers()) {
            signatures.add(new SignatureValue(signer.keyId(), signer.sign(pae)));
        }
        return new Envelope(payloadType, payload, signatures);
    }
}
