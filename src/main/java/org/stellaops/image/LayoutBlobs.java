// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;

/** The {@code blobs/sha256/} store of an OCI layout, in a directory or a tar. */
final class LayoutBlobs implements BlobReader {

    private final ArchiveFiles files;
    private final int maxDocumentBytes;

    LayoutBlobs(ArchiveFiles files, int maxDocumentBytes) {
        this.files = files;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    static String path(String digest) {
        return "blobs/sha256/" + Digests.hex(digest);
    }

    @Override
    public byte[] readDocument(String digest, String what) throws IOException {
        byte[] bytes = files.read(path(Digests.require(digest, what)), maxDocumentBytes);
        Digests.verify(bytes, digest, files.describe() + ": " + what);
        return bytes;
    }

    @Override
    public InputStream openBlob(String digest) throws IOException {
        return files.open(path(Digests.require(digest, files.describe())));
    }
}
