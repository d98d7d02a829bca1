// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A keys folder: {@code <keyid>.key.pem} (PKCS#8, owner-only), {@code <keyid>.pub.pem},
 * {@code <keyid>.crt.pem} for eidas, and per profile a marker {@code profile-<name>.keys} that
 * lists that profile's key ids in signing order, one a line ({@code #} starts a comment).
 * Generating never overwrites: a second generation for the same profile is refused.
 */
final class KeyFolder {

    private static final int MAX_MARKER_BYTES = 4096;

    private KeyFolder() {
    }

    static Path marker(Profile profile, Path dir) {
        return dir.resolve("profile-" + profile.name() + ".keys");
    }

    static SigningKeys generate(Profile profile, Path dir) {
        Path marker = marker(profile, dir);
        if (Files.exists(marker)) {
            throw new CryptoException(marker + ": keys of crypto profile " + profile.name()
                    + " already exist; remove the marker to make new ones");
        }
        List<Signer> signers = new ArrayList<>();
        StringBuilder lines = new StringBuilder("# crypto profile " + profile.name()
                + ": key ids in signing order\n");
        try {
            Files.createDirectories(dir);
            for (Algorithm algorithm : profile.generated()) {
                KeyEntry entry = write(profile, algorithm, generatePair(algorithm.kind()), dir);
                signers.add(new ProfileSigner(algorithm, entry));
                lines.append(CryptoProfiles.keyId(entry.publicKey())).append('\n');
            }
            // Written last: an interrupted generation leaves no marker, so no half set is used.
            Files.writeString(marker, lines, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new CryptoException(dir + ": cannot write keys: " + e.getMessage(), e);
        }
        return new SigningKeys(profile.name(), signers);
    }

    private static KeyEntry write(Profile profile, Algorithm algorithm, KeyPair pair, Path dir)
            throws IOException {
        String id = CryptoProfiles.keyId(pair.getPublic());
        Path keyFile = dir.resolve(id + ".key.pem");
        List<X509Certificate> chain = profile.needsCertificates()
                ? List.of(SelfSignedCertificates.create(pair, id)) : List.of();
        writePrivate(keyFile, Pem.write("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(id + ".pub.pem"),
                Pem.write("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardOpenOption.CREATE_NEW);
        if (!chain.isEmpty()) {
            Files.writeString(dir.resolve(id + ".crt.pem"),
                    Pem.write("CERTIFICATE", encoded(chain.get(0))),
                    StandardOpenOption.CREATE_NEW);
        }
        return new KeyEntry(pair.getPrivate(), pair.getPublic(), algorithm.kind(),
                keyFile.toString(), chain);
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // NOTE: on file systems without POSIX permissions the folder's ACLs decide.
            Files.createFile(file);
        }
        Files.writeString(file, pem, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static KeyPair generatePair(KeyKind kind) {
        try {
            String generator = kind == KeyKind.ML_DSA_65 ? "ML-DSA-65" : kind.keyFactory();
            KeyPairGenerator pairs = KeyPairGenerator.getInstance(generator,
                    CryptoProviders.get());
            if (kind.curve() != null) {
                pairs.initialize(new ECGenParameterSpec(kind.curve()));
            } else if (kind == KeyKind.RSA) {
                pairs.initialize(3072);
            }
            return pairs.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("cannot generate a " + kind.label() + " key with "
                    + CryptoProviders.get().getName() + ": " + e.getMessage(), e);
        }
    }

    static Optional<SigningKeys> find(Profile profile, Path dir) {
        Path marker = marker(profile, dir);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        List<Signer> signers = new ArrayList<>();
        for (String id : keyIds(marker)) {
            Path keyFile = dir.resolve(id + ".key.pem");
            List<KeyEntry> entries = KeyFiles.readPrivateKeys(keyFile, null);
            KeyEntry entry = entries.get(0);
            if (entries.size() != 1 || !CryptoProfiles.keyId(entry.publicKey()).equals(id)) {
                throw new CryptoException(keyFile + ": does not hold exactly the key " + id);
            }
            if (profile.needsCertificates()) {
                entry = EidasChains.attach(entry, keyFile);
            }
            Algorithm algorithm = profile.algorithmFor(entry.kind(), entry.privateKey(),
                    keyFile.toString());
            signers.add(new ProfileSigner(algorithm, entry));
        }
        if (signers.isEmpty()) {
            throw new CryptoException(marker + ": lists no key id");
        }
        profile.checkShape(signers, marker.toString());
        return Optional.of(new SigningKeys(profile.name(), signers));
    }

    private static List<String> keyIds(Path marker) {
        byte[] content = KeyFiles.readLimited(marker);
        if (content.length > MAX_MARKER_BYTES) {
            throw new CryptoException(marker + ": larger than " + MAX_MARKER_BYTES + " bytes");
        }
        List<String> ids = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String id = line.strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            if (!id.matches("[0-9a-f]{64}")) {
                throw new CryptoException(marker + ": '" + id + "' is not a key id (64 lowercase"
                        + " hex digits)");
            }
            ids.add(id);
        }
        return ids;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }
}
