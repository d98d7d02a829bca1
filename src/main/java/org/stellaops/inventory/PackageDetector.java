// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.io.IOException;

/**
 * Finds packages in one kind of file: a package database, a metadata file, a lockfile or a
 * binary. Detectors are stateless and thread-safe; the analyzer calls {@link #wants} for every
 * regular file of a layer or tree and {@link #detect} for those it accepted, so {@code wants}
 * must decide from the entry alone and cheaply.
 *
 * <p>A detector returns what the file says and nothing more: it does not know the layer, the
 * distro or other files. The analyzer records the layer; the merge of layers adds the distro
 * qualifier to OS packages and links language packages to the OS packages owning their files.
 */
public interface PackageDetector {

    /** A short stable id, recorded with each package ({@code dpkg}, {@code python-metadata}). */
    String id();

    /** Whether this detector reads the file. */
    boolean wants(FileEntry entry);

    /**
     * Reads the file.
     *
     * @throws IOException when the file is not what its path promises; the analyzer records
     *     the message as a warning of the scan and goes on with other files
     */
    Detection detect(FileContent content) throws IOException;
}
