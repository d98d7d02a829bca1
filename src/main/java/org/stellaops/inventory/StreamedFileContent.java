// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The current entry of a tar stream offered to one detector. The bytes pass once: as a stream,
 * read into memory, or copied into the analyzer's private temporary folder. Closing the stream a
 * detector got never closes the tar.
 */
final class StreamedFileContent implements FileContent {

    private final FileEntry entry;
    private final InputStream source;
    private final Path tempDir;
    private boolean consumed;
    private Path spooled;

    StreamedFileContent(FileEntry entry, InputStream source, Path tempDir) {
        this.entry = entry;
        this.source = source;
        this.tempDir = tempDir;
    }

    @Override
    public FileEntry entry() {
        return entry;
    }

    @Override
    public InputStream stream() throws IOException {
        if (spooled != null) {
            return Files.newInputStream(spooled);
        }
        take();
        return new FilterInputStream(source) {
            @Override
            public void close() {
                // the tar stream belongs to the analyzer
            }
        };
    }

    @Override
    public byte[] bytes(long limit) throws IOException {
        if (entry.size() > limit) {
            throw new InventoryException(entry.path(), "file of " + entry.size()
                    + " bytes is larger than the limit of " + limit + " bytes");
        }
        if (spooled != null) {
            return Files.readAllBytes(spooled);
        }
        take();
        return source.readNBytes((int) entry.size());
    }

    @Override
    public Path spool() throws IOException {
        if (spooled == null) {
            take();
            Path file = Files.createTempFile(tempDir, "spool-", ".bin");
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            spooled = file;
        }
        return spooled;
    }

    /** Deletes the spooled copy, if any. */
    void discard() throws IOException {
        if (spooled != null) {
            Files.deleteIfExists(spooled);
            spooled = null;
        }
    }

    private void take() throws InventoryException {
        if (consumed) {
            throw new IllegalStateException(entry.path() + ": content already consumed");
        }
        consumed = true;
    }
}
