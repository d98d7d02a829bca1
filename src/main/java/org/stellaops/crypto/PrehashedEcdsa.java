// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * ECDSA over a digest the caller has computed: the same signatures as the provider's
 * {@code SHA256withECDDSA} (RFC 6979 nonces, DER encoding) and the same verdicts as its
 * {@code SHA256withECDSA}, without hashing the message inside BouncyCastle.
 *
 * <p>Why: BouncyCastle's SHA-256 is plain Java, about 150-200 MB/s on the build machine, and
 * hashing was most of the time spent signing a large statement; the JDK's
 * {@code MessageDigest} uses the CPU's SHA instructions. ECDSA signs only the message's hash
 * and RFC 6979 derives the nonce from the key and that hash, so where the hash is computed
 * changes nothing in the signature ({@code PrehashedEcdsaTest} compares the bytes).
 *
 * <p>Only the regular build has an implementation ({@code BcPrehashedEcdsa}, on bcprov's
 * lightweight API, which bc-fips does not export); the FIPS build compiles without it, so
 * {@link #load()} gives null there and every signature stays inside the validated module.
 */
interface PrehashedEcdsa {

    /** The DER signature of a message whose SHA-256 is {@code sha256}, nonce per RFC 6979. */
    byte[] sign(PrivateKey key, byte[] sha256) throws GeneralSecurityException;

    /**
     * True when {@code signature} is a DER ECDSA signature by {@code key} over the message whose
     * SHA-256 is {@code sha256}.
     *
     * @throws GeneralSecurityException when the key is unusable or the signature is not DER
     */
    boolean verify(PublicKey key, byte[] sha256, byte[] signature)
            throws GeneralSecurityException;

    /**
     * This build's implementation, loaded by class name as {@link CryptoProviders} loads the
     * provider; null when the build has none (the FIPS build).
     */
    static PrehashedEcdsa load() {
        if (CryptoProviders.fipsModule()) {
            // also when a stale class file of the regular build is on the class path: with
            // bc-fips the digest must come from the module too
            return null;
        }
        String name = "org.stellaops.crypto.BcPrehashedEcdsa";
        try {
            return (PrehashedEcdsa) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException absent) {
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }
}
