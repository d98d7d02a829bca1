// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/**
 * An advisory that names the package but whose ranges could not be evaluated against the
 * installed version (unparseable version, unordered scheme). Reported, never dropped.
 */
public record UnknownMatch(String purl, String advisory, String reason) {
}
