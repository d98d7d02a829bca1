// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;

/** Content-addressed access to the blobs of one image store (a layout or a repository). */
interface BlobReader {

    /** Reads a small blob (a config) whole and verifies it against its digest. */
    byte[] readDocument(String digest, String what) throws IOException;

    /** Reads a manifest or index by digest and verifies it; a registry serves these apart. */
    default byte[] readManifest(String digest, String what) throws IOException {
        return readDocument(digest, what);
    }

    /** Opens a blob for streaming; the caller verifies. */
    InputStream openBlob(String digest) throws IOException;
}
