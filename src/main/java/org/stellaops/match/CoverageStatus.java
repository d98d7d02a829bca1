// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/** Whether the snapshot could answer for a package at all. */
public enum CoverageStatus {
    /** The snapshot holds advisories for the package's ecosystem (and release). */
    COVERED,
    /** The snapshot has no advisories for the ecosystem or distro release: no answer. */
    NOT_COVERED,
    /** The purl cannot be mapped to an OSV ecosystem (malformed, versionless, unknown type). */
    UNMAPPABLE
}
