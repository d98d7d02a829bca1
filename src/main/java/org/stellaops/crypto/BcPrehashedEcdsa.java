// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * {@link PrehashedEcdsa} on bcprov's lightweight API: the parts bcprov's
 * {@code SHA256withECDDSA} is made of (ECDSASigner, an RFC 6979 HMAC-SHA-256 nonce, DER
 * encoding) without its digest. Each call makes its own signer.
 *
 * <p>The key's lightweight parameters are kept for the last key seen, signing and verifying
 * each: converting a JCA key makes new domain parameters, and with them a new generator point
 * whose comb table bcprov then computes again for every signature (two thirds of a signature's
 * time in a server profile). Scans sign with one key, so one kept key is enough; bcprov
 * builds a point's table under the point's lock, so a kept point is safe to share.
 *
 * <p>bcprov only: the FIPS build excludes this file (pom.xml, profile {@code fips}) and finds
 * no implementation.
 */
final class BcPrehashedEcdsa implements PrehashedEcdsa {

    /** A key and its lightweight parameters; replaced whole, so readers see a matching pair. */
    private record Kept<K, P>(K key, P parameters) {
    }

    private volatile Kept<PrivateKey, AsymmetricKeyParameter> signing;
    private volatile Kept<PublicKey, AsymmetricKeyParameter> verifying;

    private AsymmetricKeyParameter privateParameters(PrivateKey key)
            throws GeneralSecurityException {
        Kept<PrivateKey, AsymmetricKeyParameter> kept = signing;
        if (kept == null || !kept.key().equals(key)) {
            kept = new Kept<>(key, ECUtil.generatePrivateKeyParameter(key));
            signing = kept;
        }
        return kept.parameters();
    }

    private AsymmetricKeyParameter publicParameters(PublicKey key)
            throws GeneralSecurityException {
        Kept<PublicKey, AsymmetricKeyParameter> kept = verifying;
        if (kept == null || !kept.key().equals(key)) {
            kept = new Kept<>(key, ECUtil.generatePublicKeyParameter(key));
            verifying = kept;
        }
        return kept.parameters();
    }

    @Override
    public byte[] sign(PrivateKey key, byte[] sha256) throws GeneralSecurityException {
        // the nonce's HMAC must be SHA-256 too, whatever hashed the message: RFC 6979 3.2
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, privateParameters(key));
        BigInteger[] rs = signer.generateSignature(sha256);
        try {
            return StandardDSAEncoding.INSTANCE.encode(signer.getOrder(), rs[0], rs[1]);
        } catch (IOException e) {
            throw new SignatureException("cannot DER-encode the signature: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(PublicKey key, byte[] sha256, byte[] signature)
            throws GeneralSecurityException {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, publicParameters(key));
        BigInteger[] rs;
        try {
            // strict DER, as the provider's verifier: re-encoding must give the same bytes
            rs = StandardDSAEncoding.INSTANCE.decode(verifier.getOrder(), signature);
        } catch (IOException | RuntimeException e) {
            throw new SignatureException("not a DER ECDSA signature: " + e.getMessage(), e);
        }
        return verifier.verifySignature(sha256, rs[0], rs[1]);
    }
}
