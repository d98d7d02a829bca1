// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * An SBOM's bytes, held in memory when the document is small enough to be validated against
 * the schema as a whole, streamed otherwise.
 *
 * <p>Schema validation works on a tree of the whole document, which takes several times the
 * document's size in heap. Up to {@link #VALIDATION_LIMIT} bytes that is affordable, and most
 * real SBOMs are well below it (the largest in our corpus is 2.2 MB). Larger documents are
 * read streaming with structural checks only.
 */
final class CycloneDxInput {

    /**
     * 16 MiB. Measured: a 16 MB JSON SBOM of 25,000 components peaks near 250 MB of heap and
     * takes about 4 s to validate; the 100 MB streaming read of CycloneDxLargeSbomTest peaks
     * near 230 MB. Either stays well under 1 GB.
     */
    static final int VALIDATION_LIMIT = 16 << 20;

    private final byte[] bytes;
    private final InputStream rest;

    private CycloneDxInput(byte[] bytes, InputStream rest) {
        this.bytes = bytes;
        this.rest = rest;
    }

    static CycloneDxInput buffer(InputStream in, int limit, String origin) throws SbomException {
        try {
            byte[] head = in.readNBytes(limit + 1);
            return head.length <= limit ? new CycloneDxInput(head, null)
                    : new CycloneDxInput(null, new SequenceInputStream(
                            new ByteArrayInputStream(head), in));
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
    }

    /** True when the whole document is in memory and can be validated. */
    boolean small() {
        return bytes != null;
    }

    /** The whole document; only when {@link #small()}. */
    byte[] bytes() {
        return bytes;
    }

    /** A fresh stream over the document; a large one can be streamed once only. */
    InputStream stream() {
        return bytes != null ? new ByteArrayInputStream(bytes) : rest;
    }
}
