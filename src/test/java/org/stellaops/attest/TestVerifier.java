// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.crypto.SignatureValue;
import org.stellaops.crypto.SignatureVerifier;
import org.stellaops.crypto.Verification;

/**
 * A {@link SignatureVerifier} over plain JDK crypto with the contract's rule: verified when at
 * least one signature by a trusted key holds and none by a trusted key fails. A signature
 * without a key id is tried against every trusted key; one whose key id no trusted key has is
 * skipped, as DSSE allows.
 */
final class TestVerifier implements SignatureVerifier {

    private record Trusted(PublicKey key, String jcaAlgorithm) {
    }

    private final Map<String, Trusted> trusted = new LinkedHashMap<>();

    /** Trusts a key under a key id, checking with a JCA signature algorithm. */
    TestVerifier trust(String keyId, PublicKey key, String jcaAlgorithm) {
        trusted.put(keyId, new Trusted(key, jcaAlgorithm));
        return this;
    }

    TestVerifier trust(TestSigners.JdkSigner signer) {
        return trust(signer.keyId(), signer.publicKey(), signer.jcaAlgorithm());
    }

    @Override
    public Verification verify(byte[] message, List<SignatureValue> signatures,
            List<X509Certificate> chain) {
        List<String> held = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SignatureValue signature : signatures) {
            if (signature.keyId() == null) {
                trusted.entrySet().stream()
                        .filter(t -> holds(t.getValue(), message, signature.value()))
                        .findFirst().ifPresent(t -> held.add(t.getKey()));
                continue;
            }
            Trusted key = trusted.get(signature.keyId());
            if (key == null) {
                continue;
            }
            if (holds(key, message, signature.value())) {
                held.add(signature.keyId());
            } else {
                reasons.add("signature by key " + signature.keyId() + " does not hold");
            }
        }
        if (held.isEmpty() && reasons.isEmpty()) {
            reasons.add("no signature by a trusted key");
        }
        return new Verification(reasons.isEmpty(), reasons.isEmpty() ? held : List.of(), reasons);
    }

    private static boolean holds(Trusted key, byte[] message, byte[] value) {
        try {
            Signature signature = Signature.getInstance(key.jcaAlgorithm());
            signature.initVerify(key.key());
            signature.update(message);
            return signature.verify(value);
        } catch (GeneralSecurityException e) {
            // a truncated or malformed DER signature is a signature that does not hold
            return false;
        }
    }
}
