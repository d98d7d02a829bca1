// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/**
 * An SBOM as loaded from a file or standard input.
 *
 * @param origin the path as given, or {@code -}
 * @param digest {@code sha256:} of the input bytes
 */
public record LoadedSbom(String origin, String digest, SbomFormat format, Sbom sbom) {
}
