// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

/**
 * One layer of an image as its manifest names it, bottom layer first.
 *
 * @param index     position from the bottom, 0-based
 * @param digest    digest of the stored blob; null for docker-archive layers kept as plain
 *                  {@code layer.tar}, which only the diff id verifies
 * @param mediaType as declared (may be empty for docker-archive layers)
 * @param size      declared blob size in bytes, -1 when unknown
 * @param diffId    sha256 of the uncompressed tar, from the config's {@code rootfs.diff_ids}
 * @param location  where the source finds the blob: an archive member or a digest
 */
public record LayerBlob(int index, String digest, String mediaType, long size, String diffId,
                        String location) {

    /** A name for messages: the digest when there is one, else the location. */
    public String describe() {
        return "layer " + index + " (" + (digest != null ? digest : location) + ")";
    }
}
