// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys folders shared by all six profiles: each finds exactly the keys it generated, in order,
 * reloaded from disk (so the public key recovered from each PKCS#8 file must hash to the id in
 * its name), and {@code readPublicKeys} lists the folder's keys sorted by file name, once each.
 */
class KeyFoldersTest {

    private static final byte[] MESSAGE = "shared folder".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void everyProfileFindsItsOwnKeysInASharedFolderAndTheyVerify() {
        for (String name : CryptoProfiles.names()) {
            CryptoProfile profile = CryptoProfiles.named(name);
            List<String> generated = profile.generateKeys(dir).signers().stream()
                    .map(Signer::keyId).toList();

            SigningKeys found = profile.findKeys(dir).orElseThrow();
            List<SignatureValue> signatures = found.signers().stream()
                    .map(s -> new SignatureValue(s.keyId(), s.sign(MESSAGE))).toList();
            Verification verification = profile.verifier(publicKeys(generated),
                    found.signers().get(0).certificateChain()).verify(MESSAGE, signatures,
                    found.signers().get(0).certificateChain());

            assertThat(found.profile()).isEqualTo(name);
            assertThat(found.signers()).extracting(Signer::keyId).as(name)
                    .containsExactlyElementsOf(generated);
            assertThat(verification.reasons()).as(name).isEmpty();
            assertThat(verification.verified()).as(name).isTrue();
        }
        assertThat(CryptoProfiles.names()).containsExactly("default", "fips", "gost", "sm",
                "eidas", "pq");
    }

    @Test
    void folderPublicKeysAreSortedByFileNameAndListedOnce() throws Exception {
        CryptoProfiles.named("eidas").generateKeys(dir);
        CryptoProfiles.named("pq").generateKeys(dir);
        List<String> expected = Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".pub.pem")).sorted()
                .map(n -> n.substring(0, 64)).toList();

        List<String> ids = CryptoProfiles.readPublicKeys(dir).stream()
                .map(CryptoProfiles::keyId).toList();

        assertThat(ids).hasSize(3).containsExactlyElementsOf(expected);
    }

    @Test
    void damagedMarkerOrMissingKeyFileIsReported() throws Exception {
        CryptoProfile profile = CryptoProfiles.named("default");
        String id = profile.generateKeys(dir).signers().get(0).keyId();
        Path marker = dir.resolve("profile-default.keys");

        Files.writeString(marker, "../../etc/passwd\n");
        assertThatThrownBy(() -> profile.findKeys(dir)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("profile-default.keys").hasMessageContaining("not a key id");
        Files.delete(dir.resolve(id + ".key.pem"));
        Files.writeString(marker, id + "\n");
        assertThatThrownBy(() -> profile.findKeys(dir)).isInstanceOf(CryptoException.class)
                .hasMessageContaining(id + ".key.pem").hasMessageContaining("no such file");
    }

    private List<java.security.PublicKey> publicKeys(List<String> ids) {
        return ids.stream().map(id -> CryptoProfiles.readPublicKeys(
                dir.resolve(id + ".pub.pem")).get(0)).toList();
    }
}
