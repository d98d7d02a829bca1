// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/**
 * The operating system of the SBOM's subject, as the document names it.
 *
 * @param id the distro id in lower case as os-release spells it ({@code debian}, {@code ubuntu},
 *     {@code alpine}, {@code rhel}, {@code almalinux}, {@code rocky}, {@code amzn}...)
 * @param version the release ({@code 12}, {@code 22.04}, {@code 3.20.1}, {@code 9.3})
 */
public record OsInfo(String id, String version) {
}
