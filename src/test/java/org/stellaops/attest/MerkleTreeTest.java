// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MerkleTree} and {@link InclusionProof} against RFC 6962/9162.
 *
 * <p>The reference leaves, roots and proofs are Certificate Transparency's test data as
 * published in github.com/transparency-dev/merkle ({@code testonly/constants.go}).
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031",
            "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void rootsMatchCertificateTransparencyForEverySizeUpToEight() {
        for (int size = 0; size <= LEAVES.size(); size++) {
            MerkleTree tree = new MerkleTree(leaves(size));

            assertThat(HEX.formatHex(tree.root())).as("size %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void proofsMatchCertificateTransparencyAndVerify() {
        MerkleTree tree = new MerkleTree(leaves(8));
        byte[] root = HEX.parseHex(ROOTS.get(8));

        assertThat(hex(tree.inclusionProof(0))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.inclusionProof(5))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(tree.inclusionProof(5).verify(HEX.parseHex(LEAVES.get(5)), root)).isTrue();
    }

    @Test
    void threeLeafTreeIsBuiltByHandTheRfcWay() throws Exception {
        byte[] a = {'a'};
        byte[] b = {'b'};
        byte[] c = {'c'};

        // n = 3 splits at k = 2: the third leaf is promoted, never hashed with itself
        byte[] expected = node(node(leaf(a), leaf(b)), leaf(c));

        assertThat(new MerkleTree(List.of(a, b, c)).root()).isEqualTo(expected);
        assertThat(new MerkleTree(List.of(a, b, c)).inclusionProof(2).path())
                .containsExactly(node(leaf(a), leaf(b)));
    }

    @Test
    void everyLeafOfEveryTreeUpToFortyVerifiesAndNothingElseDoes() {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(new byte[] {(byte) i, (byte) (i * 7)});
        }
        for (int n = 1; n <= all.size(); n++) {
            MerkleTree tree = new MerkleTree(all.subList(0, n));
            byte[] root = tree.root();
            for (int i = 0; i < n; i++) {
                InclusionProof proof = tree.inclusionProof(i);

                assertThat(proof.verify(all.get(i), root)).as("leaf %d of %d", i, n).isTrue();
                assertThat(proof.verify(all.get((i + 1) % all.size()), root)).isFalse();
                // an index outside the tree; a wrong size alone can pass when the path has the
                // same shape, since a root does not commit to its size: the predicate states it
                assertThat(new InclusionProof(i, i, proof.path()).verify(all.get(i), root))
                        .isFalse();
                if (n > 1) {
                    int other = (i + 1) % n;
                    assertThat(new InclusionProof(other, n, proof.path())
                            .verify(all.get(i), root)).isFalse();
                    List<byte[]> longer = new ArrayList<>(proof.path());
                    longer.add(root);
                    assertThat(new InclusionProof(i, n, longer).verify(all.get(i), root))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void proofSurvivesItsJsonForm() {
        MerkleTree tree = new MerkleTree(leaves(7));
        InclusionProof proof = tree.inclusionProof(3);

        InclusionProof back = InclusionProof.fromJson(proof.toJson());

        assertThat(back.verify(HEX.parseHex(LEAVES.get(3)), tree.root())).isTrue();
        assertThat(proof.toJson().get("treeSize").asInt()).isEqualTo(7);
    }

    private static List<byte[]> leaves(int n) {
        return LEAVES.subList(0, n).stream().map(HEX::parseHex).toList();
    }

    private static List<String> hex(InclusionProof proof) {
        return proof.path().stream().map(HEX::formatHex).toList();
    }

    private static byte[] leaf(byte[] data) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        return sha256.digest(data);
    }

    private static byte[] node(byte[] left, byte[] right) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 1);
        sha256.update(left);
        return sha256.digest(right);
    }
}
