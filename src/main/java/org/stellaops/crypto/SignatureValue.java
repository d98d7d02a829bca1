// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

/** One signature as an envelope carries it: the key id it claims, and the signature bytes. */
public record SignatureValue(String keyId, byte[] value) {
}
