// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifier of every profile. Each trusted key is bound to its profile algorithm when the
 * verifier is made, so a key the profile refuses fails early, not per message. Signatures by
 * keys it does not trust are ignored. For eidas a shipped chain must validate against the
 * anchors and its leaf must have signed; for pq with an ECDSA key trusted, both an ML-DSA-65
 * and an ECDSA signature must hold (the hybrid rule).
 */
final class ProfileVerifier implements SignatureVerifier {

    private record TrustedKey(PublicKey key, Algorithm algorithm) {
    }

    private final Profile profile;
    private final Map<String, TrustedKey> trusted = new LinkedHashMap<>();
    private final List<X509Certificate> anchors;
    private final boolean hybridRequired;

    ProfileVerifier(Profile profile, List<PublicKey> keys, List<X509Certificate> anchors) {
        this.profile = profile;
        this.anchors = List.copyOf(anchors);
        for (PublicKey key : keys) {
            String id = CryptoProfiles.keyId(key);
            trusted.put(id, new TrustedKey(key, profile.algorithmFor(key, "trusted key " + id)));
        }
        boolean ecdsa = trusted.values().stream()
                .anyMatch(k -> k.algorithm() == Algorithm.ECDSA_P256_SHA256);
        boolean mldsa = trusted.values().stream()
                .anyMatch(k -> k.algorithm() == Algorithm.ML_DSA_65);
        if (profile.hybrid() && ecdsa && !mldsa) {
            throw new CryptoException("crypto profile pq trusts ECDSA P-256 keys only as the"
                    + " second half of a hybrid; no ML-DSA-65 key is trusted");
        }
        this.hybridRequired = profile.hybrid() && ecdsa;
    }

    @Override
    public Verification verify(byte[] message, List<SignatureValue> signatures,
            List<X509Certificate> chain) {
        Map<String, TrustedKey> keys = new LinkedHashMap<>(trusted);
        List<String> reasons = new ArrayList<>();
        String leafId = null;
        if (profile.needsCertificates() && !chain.isEmpty()) {
            String problem = EidasChains.validate(chain, anchors);
            if (problem != null) {
                return new Verification(false, List.of(), List.of(problem));
            }
            PublicKey leaf = chain.get(0).getPublicKey();
            leafId = CryptoProfiles.keyId(leaf);
            try {
                keys.put(leafId, new TrustedKey(leaf, profile.algorithmFor(leaf,
                        "certificate " + chain.get(0).getSubjectX500Principal().getName())));
            } catch (CryptoException refused) {
                return new Verification(false, List.of(), List.of(refused.getMessage()));
            }
        }
        List<String> held = check(message, signatures, keys, reasons);
        if (signatures.isEmpty()) {
            reasons.add("the message carries no signature");
        } else if (held.isEmpty() && reasons.isEmpty()) {
            reasons.add("no signature is by a trusted key (signed by "
                    + signatures.stream().map(SignatureValue::keyId).toList() + ")");
        }
        if (leafId != null && !held.contains(leafId)) {
            reasons.add("the certificate chain's leaf key " + leafId + " did not sign");
        }
        if (hybridRequired) {
            requireHalf(held, keys, Algorithm.ML_DSA_65, reasons);
            requireHalf(held, keys, Algorithm.ECDSA_P256_SHA256, reasons);
        }
        return new Verification(reasons.isEmpty() && !held.isEmpty(), held, reasons);
    }

    private static List<String> check(byte[] message, List<SignatureValue> signatures,
            Map<String, TrustedKey> keys, List<String> reasons) {
        List<String> held = new ArrayList<>();
        for (SignatureValue signature : signatures) {
            TrustedKey key = keys.get(signature.keyId());
            if (key == null) {
                continue;
            }
            String failure = SignatureCheck.failure(key.algorithm(), key.key(), message,
                    signature.value());
            if (failure == null) {
                held.add(signature.keyId());
            } else {
                reasons.add("the " + key.algorithm().id() + " signature by key "
                        + signature.keyId() + " " + failure);
            }
        }
        return held;
    }

    private static void requireHalf(List<String> held, Map<String, TrustedKey> keys,
            Algorithm half, List<String> reasons) {
        boolean present = held.stream().anyMatch(id -> keys.get(id).algorithm() == half);
        if (!present) {
            reasons.add("hybrid signature incomplete: no " + half.id()
                    + " signature by a trusted key holds; both halves are required");
        }
    }
}
