// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Files of an image layout directory; a name resolving outside the directory is refused. */
final class DirectoryFiles implements ArchiveFiles {

    private final Path root;

    DirectoryFiles(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path file = root.resolve(ArchiveFiles.safeName(path, describe()));
        try {
            // Symbolic links inside the layout must not lead out of it either.
            if (!file.toRealPath().startsWith(root)) {
                throw new ImageException(describe() + ": " + path + " leads outside the layout");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImageException(describe() + " has no file " + path, e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public void close() {
    }
}
