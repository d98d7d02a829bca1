// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of a directory tree offered to a detector. The file is already on disk, so spooling
 * returns it as it is (the caller must not delete it: {@link #spooled} says so).
 */
public final class PathFileContent implements FileContent {

    private final Path file;
    private final FileEntry entry;

    /**
     * @param file the file on disk
     * @param path its path relative to the scanned root, as {@link FileEntry#path()} requires
     */
    public PathFileContent(Path file, String path) throws IOException {
        this(file, path, Files.isExecutable(file) ? 0755 : 0644);
    }

    /** A file whose permission bits are known from elsewhere (a tar header). */
    public PathFileContent(Path file, String path, int mode) throws IOException {
        this.file = file;
        this.entry = new FileEntry(path, Files.size(file), mode);
    }

    @Override
    public FileEntry entry() {
        return entry;
    }

    @Override
    public InputStream stream() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public byte[] bytes(long limit) throws IOException {
        if (entry.size() > limit) {
            throw new InventoryException(entry.path(), "file of " + entry.size()
                    + " bytes is larger than the limit of " + limit + " bytes");
        }
        return Files.readAllBytes(file);
    }

    @Override
    public Path spool() {
        return file;
    }

    /** Whether {@link #spool()} returned a file the analyzer owns (never, here). */
    public boolean spooled() {
        return false;
    }
}
