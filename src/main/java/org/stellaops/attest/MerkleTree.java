// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 (section 2.1, as RFC 6962 before it) with SHA-256 over an
 * ordered list of leaves: a leaf hashes as {@code SHA-256(0x00 || data)}, an inner node as
 * {@code SHA-256(0x01 || left || right)}, a list of n > 1 leaves splits at the largest power
 * of two below n, and the empty list hashes as {@code SHA-256()}. The distinct prefixes keep a
 * leaf from passing for an inner node. Inclusion proofs are RFC 9162's audit paths; see
 * {@link InclusionProof} for their check.
 */
public final class MerkleTree {

    private final byte[][] leafHashes;
    private final byte[] root;

    /** A tree over the leaves' data, in the order given. */
    public MerkleTree(List<byte[]> leaves) {
        leafHashes = new byte[leaves.size()][];
        for (int i = 0; i < leafHashes.length; i++) {
            leafHashes[i] = leafHash(leaves.get(i));
        }
        root = hashOf(0, leafHashes.length);
    }

    /** The tree head: 32 bytes. */
    public byte[] root() {
        return root.clone();
    }

    public int size() {
        return leafHashes.length;
    }

    /** The audit path of leaf {@code index}, nearest sibling first. */
    public InclusionProof inclusionProof(int index) {
        if (index < 0 || index >= leafHashes.length) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + leafHashes.length);
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(index, 0, leafHashes.length, path);
        return new InclusionProof(index, leafHashes.length, path);
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        return sha256.digest(data);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x01);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** RFC 9162's PATH(m, D[from:to]), appended deepest first. */
    private void collectPath(int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            collectPath(m, from, from + k, path);
            path.add(hashOf(from + k, to));
        } else {
            collectPath(m - k, from + k, to, path);
            path.add(hashOf(from, from + k));
        }
    }

    private byte[] hashOf(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256().digest();
        }
        if (n == 1) {
            return leafHashes[from];
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(hashOf(from, from + k), hashOf(from + k, to));
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
