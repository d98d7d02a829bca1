// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.stellaops.inventory.InventoryException;

/** Reads fixed ranges of a database file; a range past the end is an error, never a short read. */
final class PagedFile implements Closeable {

    private final FileChannel channel;
    private final String path;
    private final long size;

    PagedFile(Path file, String path) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.path = path;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    /** {@code length} bytes from {@code offset}, in the given byte order. */
    ByteBuffer read(long offset, int length, ByteOrder order) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new InventoryException(path, "range of " + length + " bytes at offset " + offset
                    + " is outside the file of " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new InventoryException(path, "file ended at offset "
                        + (offset + buffer.position()) + " while reading");
            }
        }
        return buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
