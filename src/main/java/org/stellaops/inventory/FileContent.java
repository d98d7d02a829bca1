// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The bytes of one file a detector asked for. The content can be consumed once, in one of three
 * ways: as a stream, as an array (bounded), or spooled to a private temporary file for
 * libraries that need random access (SQLite, zip central directories). The analyzer deletes the
 * spooled file after the detector returns.
 */
public interface FileContent {

    /** The file's entry. */
    FileEntry entry();

    /** The content as a stream; the detector need not read it to the end. */
    InputStream stream() throws IOException;

    /**
     * The whole content in memory.
     *
     * @throws InventoryException when the file is larger than {@code limit} bytes
     */
    byte[] bytes(long limit) throws IOException;

    /** The content written to a private temporary file, deleted after the detector returns. */
    Path spool() throws IOException;
}
