// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

/**
 * What was scanned.
 *
 * @param kind {@code sbom} (images come later)
 * @param ref the path as the user gave it, or {@code -} for standard input
 * @param digest {@code sha256:} of the input bytes
 * @param format the SBOM format read, as {@code --sbom-type} names it
 */
public record ScanTarget(String kind, String ref, String digest, String format) {
}
