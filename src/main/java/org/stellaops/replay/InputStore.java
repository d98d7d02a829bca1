// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A folder of scan inputs named by content: {@code inputs/<hex sha256>}, so the same document
 * given twice is kept once and a copy cannot be mistaken for another. Reading checks the digest
 * again: an altered copy is an error, never replayed as if it were the original.
 */
public final class InputStore {

    private static final Pattern DIGEST = Pattern.compile("sha256:([0-9a-f]{64})");

    private final Path dir;

    public InputStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Copies a file in; returns its {@code sha256:} digest. */
    public String put(Path file) throws IOException {
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, ".input-", ".partial");
        try {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
                    OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Files.move(partial, dir.resolve(hex), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return "sha256:" + hex;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes bytes in; returns their {@code sha256:} digest. */
    public String put(byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        String hex = HexFormat.of().formatHex(sha256().digest(bytes));
        Path target = dir.resolve(hex);
        if (!Files.exists(target)) {
            Path partial = Files.createTempFile(dir, ".input-", ".partial");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return "sha256:" + hex;
    }

    /**
     * The copy of an input, checked against its digest.
     *
     * @throws ReplayException when it is missing or its content does not match
     */
    public Path resolve(ReplayManifest.Input input) throws ReplayException {
        var matcher = DIGEST.matcher(input.digest());
        if (!matcher.matches()) {
            throw new ReplayException("input " + input.origin() + ": '" + input.digest()
                    + "' is not a sha256: digest");
        }
        Path file = dir.resolve(matcher.group(1));
        if (!Files.isRegularFile(file)) {
            throw new ReplayException("input " + input.role().yamlName() + " " + input.origin()
                    + " (" + input.digest() + ") is not in " + dir);
        }
        String actual;
        try {
            actual = digestOf(file);
        } catch (IOException e) {
            throw new ReplayException("input " + file + ": cannot read: " + e.getMessage(), e);
        }
        if (!actual.equals(input.digest())) {
            throw new ReplayException("input " + file + " was altered: its digest is " + actual
                    + ", the manifest records " + input.digest());
        }
        return file;
    }

    /** The {@code sha256:} digest of a file. */
    public static String digestOf(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** The {@code sha256:} digest of bytes. */
    public static String digestOf(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
