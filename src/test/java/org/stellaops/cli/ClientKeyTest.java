// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the client key comes from, and that a made one is private and kept. */
class ClientKeyTest {

    @TempDir
    Path dir;

    @Test
    void keyFileIsMadeOnFirstUseThenReused() throws Exception {
        Path file = dir.resolve(".stella/client-key");

        String first = ClientKey.resolve(Map.of(), file);
        String second = ClientKey.resolve(Map.of(), file);

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        // the temporary file it was written to is gone
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void environmentKeyWinsAndNoFileIsMade() throws Exception {
        Path file = dir.resolve(".stella/client-key");

        String key = ClientKey.resolve(Map.of("STELLA_CLIENT_KEY", "  ci-runner-key-0001 \n"),
                file);

        assertThat(key).isEqualTo("ci-runner-key-0001");
        assertThat(file).doesNotExist();
    }

    @Test
    void unusableKeysAreRefused() {
        Path file = dir.resolve("client-key");

        assertThatThrownBy(() -> ClientKey.resolve(Map.of("STELLA_CLIENT_KEY", "short"), file))
                .isInstanceOf(UsageException.class).hasMessageContaining("16 to 1024");
        assertThatThrownBy(() -> ClientKey.resolve(
                Map.of("STELLA_CLIENT_KEY", "a key with spaces in it"), file))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("STELLA_CLIENT_KEY");
    }
}
