// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.support.OpenSsl;

/**
 * ECDSA P-256 hashed by the JDK ({@link PrehashedEcdsa}, the regular build's signing path for
 * {@code ecdsa-p256-sha256}) gives exactly the bytes and verdicts of the provider's
 * {@code SHA256withECDDSA} / {@code SHA256withECDSA}, which signed every envelope before it.
 */
class PrehashedEcdsaTest {

    private static final Algorithm P256 = Algorithm.ECDSA_P256_SHA256;

    @TempDir
    Path dir;

    @Test
    void regularBuildHashesWithTheJdk() {
        assertThat(PrehashedEcdsa.load()).isInstanceOf(BcPrehashedEcdsa.class);
    }

    @Test
    void signaturesAreTheProvidersByteForByte() throws Exception {
        List<PrivateKey> keys = keysOfEveryOrigin();
        int compared = 0;
        for (PrivateKey key : keys) {
            for (byte[] message : messages()) {
                assertThat(P256.sign(key, message))
                        .as("%s key, %d-byte message", key.getClass().getSimpleName(),
                                message.length)
                        .isEqualTo(providerSignature(key, message));
                compared++;
            }
        }
        assertThat(keys).hasSize(8);
        assertThat(compared).isEqualTo(8 * messages().size());
    }

    /** The signer keeps the last key's parameters: keys taken in turn must never mix. */
    @Test
    void keysTakenInTurnEachSignWithTheirOwn() throws Exception {
        List<PrivateKey> keys = keysOfEveryOrigin();
        List<KeyPair> pairs = List.of(providerKeyPair(), providerKeyPair());
        byte[] message = messages().get(1);
        for (int round = 0; round < 3; round++) {
            for (PrivateKey key : keys) {
                assertThat(P256.sign(key, message)).isEqualTo(providerSignature(key, message));
            }
            for (KeyPair pair : pairs) {
                byte[] signature = providerSignature(pair.getPrivate(), message);
                KeyPair other = pairs.get(pair == pairs.get(0) ? 1 : 0);
                assertThat(P256.verify(pair.getPublic(), message, signature)).isTrue();
                assertThat(P256.verify(other.getPublic(), message, signature)).isFalse();
            }
        }
    }

    @Test
    void profileSignerSignsAsTheProviderDid() throws Exception {
        Signer signer = CryptoProfiles.named("default").generateKeys(dir.resolve("keys"))
                .signers().get(0);
        PrivateKey key = KeyFiles.readPrivateKeys(dir.resolve("keys")
                .resolve(signer.keyId() + ".key.pem"), null).get(0).privateKey();
        byte[] pae = ("DSSEv1 28 application/vnd.in-toto+json 2 {}")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(signer.sign(pae)).isEqualTo(providerSignature(key, pae));
    }

    /** RFC 6979 appendix A.2.5: P-256, SHA-256, message "sample". */
    @Test
    void meetsTheRfc6979VectorForP256() throws Exception {
        PrivateKey key = jdkKey(new BigInteger(
                "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16));
        String r = "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716";
        String s = "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8";

        byte[] der = P256.sign(key, "sample".getBytes(StandardCharsets.US_ASCII));

        // SEQUENCE { INTEGER r, INTEGER s }, each with a 0x00 pad as its top bit is set
        assertThat(HexFormat.of().withUpperCase().formatHex(der))
                .isEqualTo("3046" + "022100" + r + "022100" + s);
    }

    @Test
    void verifiesWhatTheProviderSignedAndRefusesAnyChange() throws Exception {
        KeyPair pair = providerKeyPair();
        for (byte[] message : messages()) {
            byte[] signature = providerSignature(pair.getPrivate(), message);
            byte[] other = Arrays.copyOf(message, message.length + 1);

            assertThat(P256.verify(pair.getPublic(), message, signature)).isTrue();
            assertThat(P256.verify(pair.getPublic(), other, signature)).isFalse();
            assertThat(providerVerdict(pair.getPublic(), other, signature)).isFalse();
        }
    }

    @Test
    void signaturesThatAreNotStrictDerFailLikeTheProviders() throws Exception {
        KeyPair pair = providerKeyPair();
        byte[] message = "scan 42".getBytes(StandardCharsets.UTF_8);
        byte[] signature = P256.sign(pair.getPrivate(), message);
        byte[] trailing = Arrays.copyOf(signature, signature.length + 1);
        byte[] truncated = Arrays.copyOf(signature, signature.length - 3);

        for (byte[] bad : List.of(trailing, truncated, new byte[0])) {
            assertThatThrownBy(() -> P256.verify(pair.getPublic(), message, bad))
                    .isInstanceOf(GeneralSecurityException.class);
            assertThatThrownBy(() -> providerVerdict(pair.getPublic(), message, bad))
                    .isInstanceOf(GeneralSecurityException.class);
        }
    }

    /** BouncyCastle's, the JDK's, openssl's and the profile's own keys. */
    private List<PrivateKey> keysOfEveryOrigin() throws Exception {
        List<PrivateKey> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(providerKeyPair().getPrivate());
        }
        KeyPairGenerator jdk = KeyPairGenerator.getInstance("EC");
        jdk.initialize(new ECGenParameterSpec("secp256r1"));
        keys.add(jdk.generateKeyPair().getPrivate());
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-out", "openssl.key");
        keys.add(KeyFiles.readPrivateKeys(dir.resolve("openssl.key"), null).get(0)
                .privateKey());
        Signer generated = CryptoProfiles.named("default").generateKeys(dir.resolve("gen"))
                .signers().get(0);
        keys.add(KeyFiles.readPrivateKeys(dir.resolve("gen")
                .resolve(generated.keyId() + ".key.pem"), null).get(0).privateKey());
        return keys;
    }

    /** Empty, around SHA-256's 64-byte block and its 55-byte padding limit, and 1 MiB. */
    private static List<byte[]> messages() {
        Random random = new Random(6979);
        List<byte[]> messages = new ArrayList<>();
        for (int size : new int[] {0, 1, 55, 56, 63, 64, 65, 2_900, (1 << 20) + 3}) {
            byte[] message = new byte[size];
            random.nextBytes(message);
            messages.add(message);
        }
        return messages;
    }

    private static KeyPair providerKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProviders.get());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static PrivateKey jdkKey(BigInteger scalar) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, curve));
    }

    /** The signing path before PrehashedEcdsa: the provider hashes and signs. */
    private static byte[] providerSignature(PrivateKey key, byte[] message)
            throws GeneralSecurityException {
        Signature signature = P256.forSigning();
        signature.initSign(key);
        signature.update(message);
        return signature.sign();
    }

    private static boolean providerVerdict(PublicKey key, byte[] message, byte[] value)
            throws GeneralSecurityException {
        Signature signature = P256.forVerifying();
        signature.initVerify(key);
        signature.update(message);
        return signature.verify(value);
    }
}
