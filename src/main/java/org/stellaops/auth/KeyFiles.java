// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Token keys on disk, as PEM: a private key {@code KID.key.pem} (PKCS#8) beside its public key
 * {@code KID.pub.pem} (X.509 SubjectPublicKeyInfo). The key id is the file name, so rotating
 * means adding a pair under a new name and keeping the old public key for as long as tokens
 * it signed live. PEM decoding is smallrye-jwt's ({@code KeyUtils}); key generation the JDK's.
 */
public final class KeyFiles {

    public static final String PRIVATE_SUFFIX = ".key.pem";
    public static final String PUBLIC_SUFFIX = ".pub.pem";

    private KeyFiles() {
    }

    /** The key id a key file stands for: its name without the suffix. */
    public static String keyIdOf(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {PRIVATE_SUFFIX, PUBLIC_SUFFIX, ".pem"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public static PrivateKey readPrivate(Path file) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(file), SignatureAlgorithm.ES256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not an EC private key in PKCS#8 PEM",
                    e);
        }
    }

    public static PublicKey readPublic(Path file) {
        try {
            String pem = Files.readString(file);
            SignatureAlgorithm algorithm = pem.length() > 400 ? SignatureAlgorithm.RS256
                    : SignatureAlgorithm.ES256;
            return KeyUtils.decodePublicKey(pem, algorithm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the verification key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not an EC or RSA public key in PEM",
                    e);
        }
    }

    /**
     * The public keys of these files and folders by key id: a folder gives its
     * {@code *.pub.pem} files.
     */
    public static Map<String, PublicKey> readPublicKeys(List<Path> locations) {
        Map<String, PublicKey> keys = new TreeMap<>();
        for (Path location : locations) {
            for (Path file : publicFiles(location)) {
                keys.put(keyIdOf(file), readPublic(file));
            }
        }
        return keys;
    }

    private static List<Path> publicFiles(Path location) {
        if (!Files.isDirectory(location)) {
            if (!Files.isRegularFile(location)) {
                throw new IllegalArgumentException("no verification key at " + location);
            }
            return List.of(location);
        }
        try (Stream<Path> files = Files.list(location)) {
            return files.filter(f -> f.getFileName().toString().endsWith(PUBLIC_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }

    /** Writes a new P-256 pair into the folder; returns its key id ({@code stella-DATE-HEX}). */
    public static String generate(Path dir) {
        try {
            KeyPair pair = KeyUtils.generateKeyPair(256, SignatureAlgorithm.ES256);
            String kid = "stella-" + LocalDate.now(ZoneOffset.UTC) + "-"
                    + TokenIssuer.randomId().substring(0, 8);
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(kid + PRIVATE_SUFFIX);
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            restrict(privateFile);
            Files.writeString(dir.resolve(kid + PUBLIC_SUFFIX),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return kid;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write token keys into " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has P-256", e);
        }
    }

    /** The private key files of a folder, by name. */
    public static List<Path> privateFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(PRIVATE_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions have to do
        }
    }
}
