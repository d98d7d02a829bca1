// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * What a policy may look at for the whole scan.
 *
 * @param referenceTime the scan's reference time (RFC 3339): ignore rules expire by it and
 *     advisory ages count to it, never to the wall clock, so replays agree
 * @param targetKind {@code sbom}, {@code image} or {@code folder}
 */
public record ScanFacts(
        String referenceTime,
        String targetKind,
        String targetRef,
        String targetDigest,
        String snapshotDigest,
        String snapshotDate) {
}
