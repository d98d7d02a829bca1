// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.math.BigInteger;
import java.security.spec.ECField;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * Scalar multiplication on a prime-field curve in affine coordinates, used only to recover the
 * public point of a private key file that does not carry it (GOST keys, some EC exports). It is
 * not constant-time: it runs once per key load, never per signature, and the private keys it
 * sees are already in this process's memory.
 */
final class EcPoints {

    private EcPoints() {
    }

    /** {@code d·G} on the curve of {@code params}. */
    static ECPoint publicPoint(BigInteger d, ECParameterSpec params) {
        return multiply(params.getGenerator(), d, params);
    }

    /** {@code k·point} on the curve of {@code params}. */
    static ECPoint multiply(ECPoint point, BigInteger k, ECParameterSpec params) {
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = point;
        BigInteger scalar = k.mod(params.getOrder());
        for (int i = 0; i < scalar.bitLength(); i++) {
            if (scalar.testBit(i)) {
                result = add(result, addend, params);
            }
            addend = add(addend, addend, params);
        }
        return result;
    }

    /** {@code s + t} on the curve of {@code params}. */
    static ECPoint add(ECPoint s, ECPoint t, ECParameterSpec params) {
        ECField field = params.getCurve().getField();
        if (!(field instanceof ECFieldFp prime)) {
            throw new CryptoException("binary-field curves are not supported");
        }
        return add(s, t, params.getCurve().getA(), prime.getP());
    }

    private static ECPoint add(ECPoint s, ECPoint t, BigInteger a, BigInteger p) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger x1 = s.getAffineX();
        BigInteger y1 = s.getAffineY();
        BigInteger x2 = t.getAffineX();
        BigInteger y2 = t.getAffineY();
        BigInteger slope;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            BigInteger numerator = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a);
            slope = numerator.multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            slope = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = slope.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = slope.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }
}
