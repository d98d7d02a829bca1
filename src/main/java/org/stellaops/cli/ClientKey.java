// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secret this client shows a scan server in {@code X-Stella-Client-Key}. The server files
 * the layer inventories a client uploads under a hash of it, so only holders of the same
 * secret ever see them: one client cannot poison another's layers. Taken from
 * STELLA_CLIENT_KEY, else {@code ~/.stella/client-key}, which is made on first use (32 random
 * bytes as hex, readable by its owner only where the file system has POSIX permissions).
 */
final class ClientKey {

    static final String ENV_KEY = "STELLA_CLIENT_KEY";

    /** Header-safe and long enough not to be guessed. */
    private static final Pattern USABLE = Pattern.compile("[\\x21-\\x7e]{16,1024}");
    private static final int RANDOM_BYTES = 32;

    private ClientKey() {
    }

    /** The key from the environment or the user's key file. */
    static String resolve() throws IOException, UsageException {
        return resolve(System.getenv(),
                Path.of(System.getProperty("user.home"), ".stella", "client-key"));
    }

    static String resolve(Map<String, String> env, Path file) throws IOException, UsageException {
        String fromEnv = env.get(ENV_KEY);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(fromEnv.strip(), ENV_KEY);
        }
        if (!Files.exists(file)) {
            create(file);
        }
        return checked(Files.readString(file).strip(), file.toString());
    }

    private static String checked(String key, String source) throws UsageException {
        if (!USABLE.matcher(key).matches()) {
            throw new UsageException(source + ": the client key must be 16 to 1024 printable "
                    + "ASCII characters without spaces");
        }
        return key;
    }

    /**
     * Writes a new key to a private temporary file first and moves it into place, so a
     * concurrent run never reads a half-written key; if another run won the race, its key is
     * kept.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "client-key", ".tmp", ownerOnly(dir));
        try {
            byte[] secret = new byte[RANDOM_BYTES];
            new SecureRandom().nextBytes(secret);
            Files.writeString(temp, HexFormat.of().formatHex(secret) + "\n");
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            // another run made it meanwhile: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
