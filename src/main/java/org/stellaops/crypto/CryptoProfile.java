// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * One crypto profile ({@code stella.crypto.profile}): the algorithms it allows, how its keys are
 * made, read and checked. Every key or algorithm outside the profile's list is refused with a
 * {@link CryptoException} that names the key, its algorithm and the profile. docs/crypto.md
 * lists each profile's algorithms.
 */
public interface CryptoProfile {

    /** {@code default}, {@code fips}, {@code gost}, {@code sm}, {@code eidas} or {@code pq}. */
    String name();

    /**
     * Reads a signing key: PEM (PKCS#8, plain or encrypted, followed by the certificate chain for
     * eidas), DER PKCS#8, or PKCS#12 (its chain read too).
     *
     * @param password null for an unencrypted key
     */
    SigningKeys loadKeys(Path file, char[] password);

    /**
     * Creates this profile's key pair (two for the pq hybrid) under {@code dir}: the private key
     * as PKCS#8 PEM readable only by its owner, the public key as SubjectPublicKeyInfo PEM, both
     * named by key id, and the marker {@code profile-<name>.keys} (docs/crypto.md). Refused when
     * this profile's keys already exist in {@code dir}.
     */
    SigningKeys generateKeys(Path dir);

    /** The keys {@link #generateKeys} left in {@code dir} for this profile, if any. */
    Optional<SigningKeys> findKeys(Path dir);

    /**
     * A verifier that trusts these public keys; for eidas it also checks a shipped chain
     * against {@code anchors}.
     */
    SignatureVerifier verifier(List<PublicKey> trusted, List<X509Certificate> anchors);
}
