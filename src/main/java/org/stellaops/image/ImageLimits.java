// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.function.UnaryOperator;

/**
 * Bounds on what one layer may cost to read; every bound is checked against the bytes actually
 * read or inflated, never against sizes a manifest declares.
 *
 * @param maxCompressedBytes   largest layer blob as stored or transferred
 * @param maxUncompressedBytes largest uncompressed layer tar
 * @param maxExpansionRatio    largest uncompressed/compressed ratio, checked once the tar is
 *                             past {@link #RATIO_GRACE_BYTES}, so tiny layers never trip it
 * @param maxDocumentBytes     largest manifest, index or config JSON
 */
public record ImageLimits(long maxCompressedBytes, long maxUncompressedBytes,
                          long maxExpansionRatio, int maxDocumentBytes) {

    public static final String KEY_MAX_COMPRESSED = "stella.image.max-layer-compressed-bytes";
    public static final String KEY_MAX_UNCOMPRESSED = "stella.image.max-layer-bytes";
    public static final String KEY_MAX_RATIO = "stella.image.max-expansion-ratio";

    /** Uncompressed bytes a layer may reach before the ratio is enforced. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    public static final ImageLimits DEFAULT =
            new ImageLimits(8L << 30, 32L << 30, 200, 4 << 20);

    public ImageLimits {
        if (maxCompressedBytes <= 0 || maxUncompressedBytes <= 0 || maxExpansionRatio <= 0
                || maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    /** Reads the three layer keys through {@code lookup} (null means unset: the default). */
    public static ImageLimits fromConfig(UnaryOperator<String> lookup) {
        return new ImageLimits(
                readLong(lookup, KEY_MAX_COMPRESSED, DEFAULT.maxCompressedBytes),
                readLong(lookup, KEY_MAX_UNCOMPRESSED, DEFAULT.maxUncompressedBytes),
                readLong(lookup, KEY_MAX_RATIO, DEFAULT.maxExpansionRatio),
                DEFAULT.maxDocumentBytes);
    }

    private static long readLong(UnaryOperator<String> lookup, String key, long fallback) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    key + " must be a whole number, got '" + value + "'");
        }
    }
}
