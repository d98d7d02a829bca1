// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * A regular file of an image layer or directory tree, as a detector is asked about it before any
 * of its bytes are read.
 *
 * @param path relative to the root, '/'-separated, without a leading '/' or any '.' or '..'
 *     segment (e.g. {@code var/lib/dpkg/status})
 * @param size in bytes, as the tar header or the file system states it
 * @param mode the Unix permission bits (0 when unknown)
 */
public record FileEntry(String path, long size, int mode) {

    /** Whether any execute bit is set: Go and Rust binaries are looked for only among these. */
    public boolean executable() {
        return (mode & 0111) != 0;
    }

    /** The last path segment. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The parent folder's path, or the empty string at the root. */
    public String parent() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
