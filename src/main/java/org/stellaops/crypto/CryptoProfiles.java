// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Finds profiles by name and reads public keys, whatever the profile. The six profiles are
 * fixed here; docs/crypto.md describes each.
 */
public final class CryptoProfiles {

    private static final Map<String, Profile> PROFILES = profiles();

    private CryptoProfiles() {
    }

    private static Map<String, Profile> profiles() {
        Map<String, Profile> all = new LinkedHashMap<>();
        Algorithm p256 = Algorithm.ECDSA_P256_SHA256;
        add(all, new Profile("default", List.of(p256, Algorithm.ED25519), List.of(p256),
                false, false));
        add(all, new Profile("fips", List.of(p256, Algorithm.ECDSA_P384_SHA384,
                Algorithm.RSA_PSS_SHA256), List.of(p256), false, false));
        add(all, new Profile("gost", List.of(Algorithm.GOST_2012_256, Algorithm.GOST_2012_512),
                List.of(Algorithm.GOST_2012_256), false, false));
        add(all, new Profile("sm", List.of(Algorithm.SM2_SM3), List.of(Algorithm.SM2_SM3),
                false, false));
        add(all, new Profile("eidas", List.of(p256, Algorithm.ECDSA_BRAINPOOLP256R1_SHA256,
                Algorithm.RSA_PSS_SHA256), List.of(p256), true, false));
        add(all, new Profile("pq", List.of(Algorithm.ML_DSA_65, p256),
                List.of(Algorithm.ML_DSA_65, p256), false, true));
        return all;
    }

    private static void add(Map<String, Profile> all, Profile profile) {
        all.put(profile.name(), profile);
    }

    /** The names of all profiles, {@code default} first. */
    public static List<String> names() {
        return List.copyOf(PROFILES.keySet());
    }

    /**
     * The profile of this name.
     *
     * @throws CryptoException naming the profiles there are, for an unknown name
     */
    public static CryptoProfile named(String name) {
        Profile profile = name == null ? null
                : PROFILES.get(name.strip().toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw new CryptoException("unknown crypto profile '" + name + "'; known profiles: "
                    + String.join(", ", PROFILES.keySet()));
        }
        return profile;
    }

    /**
     * Public keys from a file (SubjectPublicKeyInfo PEM, or an X.509 certificate PEM whose key is
     * taken) or from every {@code *.pub.pem} and {@code *.crt.pem} of a folder, sorted by name.
     * A certificate file gives the key of its first certificate only (the leaf of a chain); a
     * key found twice in a folder (as {@code .pub.pem} and {@code .crt.pem}) is listed once.
     */
    public static List<PublicKey> readPublicKeys(Path fileOrDir) {
        if (!Files.isDirectory(fileOrDir)) {
            return PublicKeyFiles.read(fileOrDir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(fileOrDir)) {
            files = listing.filter(CryptoProfiles::isPublicKeyFile).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CryptoException(fileOrDir + ": cannot list: " + e.getMessage(), e);
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (Path file : files) {
            for (PublicKey key : PublicKeyFiles.read(file)) {
                keys.putIfAbsent(keyId(key), key);
            }
        }
        return new ArrayList<>(keys.values());
    }

    private static boolean isPublicKeyFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".pub.pem")
                || name.endsWith(".crt.pem"));
    }

    /** Lowercase hex SHA-256 of the key's DER SubjectPublicKeyInfo. */
    public static String keyId(PublicKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            throw new CryptoException("the public key has no X.509 encoding");
        }
        try {
            byte[] der = SubjectPublicKeyInfo.getInstance(encoded).getEncoded("DER");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            throw new CryptoException("cannot compute the key id of a " + key.getAlgorithm()
                    + " key: " + e.getMessage(), e);
        }
    }

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
