// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/**
 * One JSON document read from a feed input. {@code origin} names where it came from, e.g.
 * {@code osv/PyPI/all.zip!PYSEC-2021-1.json}.
 */
public record FeedDocument(String origin, byte[] content) {
}
