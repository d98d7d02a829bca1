// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto.fips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.crypto.CryptoException;
import org.stellaops.crypto.CryptoProfile;
import org.stellaops.crypto.CryptoProfiles;
import org.stellaops.crypto.CryptoProviders;
import org.stellaops.crypto.SignatureValue;
import org.stellaops.crypto.Signer;
import org.stellaops.crypto.Verification;
import org.stellaops.crypto.support.OpenSsl;

/**
 * The fips profile, run twice by {@code ./mvnw verify}: on bcprov in the regular build and on
 * bc-fips in the nested FIPS build (which sets {@code stella.fips}). It needs neither bcpkix nor
 * algorithms outside the FIPS list, so it compiles and runs against both.
 */
class FipsProfileTest {

    private static final byte[] MESSAGE = "approved scan 42".getBytes(StandardCharsets.UTF_8);

    private final CryptoProfile profile = CryptoProfiles.named("fips");

    @TempDir
    Path dir;

    @Test
    void providerIsTheValidatedModuleExactlyInTheFipsBuild() {
        boolean fipsBuild = Boolean.getBoolean("stella.fips");

        assertThat(CryptoProviders.fipsModule()).isEqualTo(fipsBuild);
        assertThat(CryptoProviders.get().getName()).isEqualTo(fipsBuild ? "BCFIPS" : "BC");
        if (fipsBuild) {
            assertThat(CryptoProviders.moduleStatement()).contains("validated BouncyCastle");
        } else {
            assertThat(CryptoProviders.moduleStatement())
                    .contains("not a FIPS 140-3 validated module");
        }
    }

    /**
     * The regular build hashes P-256 messages with the JDK through bcprov's lightweight ECDSA
     * ({@code BcPrehashedEcdsa}); the FIPS build must not compile that class, so that every
     * signature there is the module's own.
     */
    @Test
    void jdkHashedEcdsaExistsOnlyOutsideTheFipsBuild() {
        boolean fipsBuild = Boolean.getBoolean("stella.fips");
        boolean present;
        try {
            Class.forName("org.stellaops.crypto.BcPrehashedEcdsa", false,
                    getClass().getClassLoader());
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }

        assertThat(present).isEqualTo(!fipsBuild);
    }

    @Test
    void ecdsaP256AndP384AreDeterministicAndVerifyWithOpenssl() {
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        for (String[] variant : List.of(new String[] {"P-256", "-sha256", "ecdsa-p256-sha256"},
                new String[] {"P-384", "-sha384", "ecdsa-p384-sha384"})) {
            String key = variant[0] + ".key";
            OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt",
                    "ec_paramgen_curve:" + variant[0], "-out", key);
            OpenSsl.require(dir, "pkey", "-in", key, "-pubout", "-out", variant[0] + ".pub");
            Signer signer = profile.loadKeys(dir.resolve(key), null).signers().get(0);
            byte[] signature = signer.sign(MESSAGE);
            OpenSsl.write(dir, "sig.der", signature);

            OpenSsl.Result result = OpenSsl.run(dir, "dgst", variant[1], "-verify",
                    variant[0] + ".pub", "-signature", "sig.der", "msg.bin");

            assertThat(signer.algorithm()).isEqualTo(variant[2]);
            assertThat(signer.sign(MESSAGE)).as("RFC 6979 nonces").isEqualTo(signature);
            assertThat(result.output()).as(variant[0]).contains("Verified OK");
        }
    }

    @Test
    void rsaPss3072VerifiesWithOpensslBothWays() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072",
                "-out", "rsa.key");
        OpenSsl.require(dir, "pkey", "-in", "rsa.key", "-pubout", "-out", "rsa.pub");
        OpenSsl.write(dir, "msg.bin", MESSAGE);
        Signer signer = profile.loadKeys(dir.resolve("rsa.key"), null).signers().get(0);
        OpenSsl.write(dir, "ours.sig", signer.sign(MESSAGE));
        String[] pss = {"-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32",
            "-sigopt", "rsa_mgf1_md:sha256"};
        OpenSsl.require(dir, concat(new String[] {"dgst", "-sha256", "-sign", "rsa.key"}, pss,
                new String[] {"-out", "theirs.sig", "msg.bin"}));
        PublicKey pub = CryptoProfiles.readPublicKeys(dir.resolve("rsa.pub")).get(0);

        OpenSsl.Result result = OpenSsl.run(dir, concat(new String[] {"dgst", "-sha256",
            "-verify", "rsa.pub", "-signature", "ours.sig"}, pss, new String[] {"msg.bin"}));
        Verification theirs = profile.verifier(List.of(pub), List.of()).verify(MESSAGE,
                List.of(new SignatureValue(signer.keyId(), OpenSsl.read(dir, "theirs.sig"))),
                List.of());

        assertThat(signer.algorithm()).isEqualTo("rsa-pss-sha256");
        assertThat(result.output()).contains("Verified OK");
        assertThat(theirs.reasons()).isEmpty();
        assertThat(theirs.verified()).isTrue();
    }

    @Test
    void generatedKeyIsP256AndEncryptedP384KeysOpen() {
        Signer generated = profile.generateKeys(dir.resolve("keys")).signers().get(0);
        OpenSsl.require(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384",
                "-aes-256-cbc", "-pass", "pass:fourteen chars!", "-out", "p384.key");

        assertThat(generated.algorithm()).isEqualTo("ecdsa-p256-sha256");
        assertThat(profile.findKeys(dir.resolve("keys")).orElseThrow().signers().get(0).keyId())
                .isEqualTo(generated.keyId());
        assertThat(profile.loadKeys(dir.resolve("p384.key"), "fourteen chars!".toCharArray())
                .signers().get(0).algorithm()).isEqualTo("ecdsa-p384-sha384");
    }

    @Test
    void ed25519AndRsa2048AreRefused() {
        OpenSsl.require(dir, "genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        OpenSsl.require(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                "-out", "rsa2048.key");

        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("ed.key"), null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("ed.key")
                .hasMessageContaining("Ed25519").hasMessageContaining("crypto profile fips");
        assertThatThrownBy(() -> profile.loadKeys(dir.resolve("rsa2048.key"), null))
                .isInstanceOf(CryptoException.class).hasMessageContaining("RSA 2048 bits")
                .hasMessageContaining("at least 3072");
    }

    @Test
    void profilesOutsideTheModuleFailClearlyInTheFipsBuildOnly() {
        CryptoProfile gost = CryptoProfiles.named("gost");
        CryptoProfile pq = CryptoProfiles.named("pq");

        if (Boolean.getBoolean("stella.fips")) {
            assertThatThrownBy(() -> gost.generateKeys(dir.resolve("gost")))
                    .isInstanceOf(CryptoException.class).hasMessageContaining("GOST")
                    .hasMessageContaining("BCFIPS");
            assertThatThrownBy(() -> pq.generateKeys(dir.resolve("pq")))
                    .isInstanceOf(CryptoException.class).hasMessageContaining("ML-DSA-65")
                    .hasMessageContaining("BCFIPS");
        } else {
            assertThat(gost.generateKeys(dir.resolve("gost")).signers()).hasSize(1);
            assertThat(pq.generateKeys(dir.resolve("pq")).signers()).hasSize(2);
        }
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
    }
}
