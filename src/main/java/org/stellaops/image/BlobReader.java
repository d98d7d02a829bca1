// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;

/** Content-addressed access to the blobs of one image store (a layout or a repository). */
interface BlobReader {

    /** Reads a small blob whole and verifies it against its digest. */
    byte[] readDocument(String digest, String what) throws IOException;

    /** Opens a blob for streaming; the caller verifies. */
    InputStream openBlob(String digest) throws IOException;
}
