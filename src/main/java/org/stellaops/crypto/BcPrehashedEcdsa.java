// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;

/**
 * {@link PrehashedEcdsa} on bcprov's lightweight API: the parts bcprov's
 * {@code SHA256withECDDSA} is made of (ECDSASigner, an RFC 6979 HMAC-SHA-256 nonce, DER
 * encoding) without its digest. Stateless; each call makes its own signer.
 *
 * <p>bcprov only: the FIPS build excludes this file (pom.xml, profile {@code fips}) and finds
 * no implementation.
 */
final class BcPrehashedEcdsa implements PrehashedEcdsa {

    @Override
    public byte[] sign(PrivateKey key, byte[] sha256) throws GeneralSecurityException {
        // the nonce's HMAC must be SHA-256 too, whatever hashed the message: RFC 6979 3.2
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, ECUtil.generatePrivateKeyParameter(key));
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
        verifier.init(false, ECUtil.generatePublicKeyParameter(key));
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
