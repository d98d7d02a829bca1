// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Path;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A crypto profile as data: its allowed algorithms, what {@link #generateKeys} makes, and two
 * rules only some profiles have (a certificate chain with every key for eidas; the ML-DSA +
 * ECDSA hybrid for pq). Immutable; one instance per profile.
 */
final class Profile implements CryptoProfile {

    private final String name;
    private final List<Algorithm> allowed;
    private final List<Algorithm> generated;
    private final boolean certificates;
    private final boolean hybrid;

    Profile(String name, List<Algorithm> allowed, List<Algorithm> generated,
            boolean certificates, boolean hybrid) {
        this.name = name;
        this.allowed = List.copyOf(allowed);
        this.generated = List.copyOf(generated);
        this.certificates = certificates;
        this.hybrid = hybrid;
    }

    @Override
    public String name() {
        return name;
    }

    List<Algorithm> generated() {
        return generated;
    }

    boolean needsCertificates() {
        return certificates;
    }

    boolean hybrid() {
        return hybrid;
    }

    /**
     * The one algorithm this profile uses with {@code key}.
     *
     * @throws CryptoException naming the key's source, its algorithm, this profile and the list
     */
    Algorithm algorithmFor(KeyKind kind, Key key, String source) {
        for (Algorithm algorithm : allowed) {
            if (algorithm.accepts(kind, key)) {
                return algorithm;
            }
        }
        throw new CryptoException(source + ": a " + KeyKind.describe(kind, key) + " key is not"
                + " allowed by crypto profile " + name + ", which allows " + allowedList());
    }

    Algorithm algorithmFor(PublicKey key, String source) {
        return algorithmFor(PublicKeys.kindOf(org.bouncycastle.asn1.x509.SubjectPublicKeyInfo
                .getInstance(key.getEncoded()), source), key, source);
    }

    String allowedList() {
        return allowed.stream().map(Algorithm::describe).collect(Collectors.joining(", "));
    }

    @Override
    public SigningKeys loadKeys(Path file, char[] password) {
        List<KeyEntry> entries = KeyFiles.readPrivateKeys(file, password);
        List<Signer> signers = new ArrayList<>();
        for (KeyEntry entry : entries) {
            Algorithm algorithm = algorithmFor(entry.kind(), entry.privateKey(), file.toString());
            KeyEntry checked = certificates ? EidasChains.attach(entry, file) : entry;
            signers.add(new ProfileSigner(algorithm, checked));
        }
        checkShape(signers, file.toString());
        return new SigningKeys(name, signers);
    }

    /** One key per file, except pq: ML-DSA-65 alone, or ML-DSA-65 then ECDSA P-256. */
    void checkShape(List<Signer> signers, String source) {
        if (hybrid) {
            boolean mldsaFirst = signers.get(0).algorithm().equals(Algorithm.ML_DSA_65.id());
            boolean pair = signers.size() == 2
                    && signers.get(1).algorithm().equals(Algorithm.ECDSA_P256_SHA256.id());
            if (!mldsaFirst || signers.size() > 2 || (signers.size() == 2 && !pair)) {
                throw new CryptoException(source + ": crypto profile pq takes an ML-DSA-65 key"
                        + " alone, or an ML-DSA-65 key followed by an ECDSA P-256 key (hybrid);"
                        + " found " + signers);
            }
        } else if (signers.size() != 1) {
            throw new CryptoException(source + ": holds " + signers.size() + " private keys;"
                    + " crypto profile " + name + " signs with exactly one");
        }
    }

    @Override
    public SigningKeys generateKeys(Path dir) {
        return KeyFolder.generate(this, dir);
    }

    @Override
    public Optional<SigningKeys> findKeys(Path dir) {
        return KeyFolder.find(this, dir);
    }

    @Override
    public SignatureVerifier verifier(List<PublicKey> trusted, List<X509Certificate> anchors) {
        return new ProfileVerifier(this, trusted, anchors);
    }

    @Override
    public String toString() {
        return "crypto profile " + name;
    }
}
