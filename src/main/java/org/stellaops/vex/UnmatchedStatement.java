// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

/** A statement that applied to no finding of the scan, and why, so no VEX is lost silently. */
public record UnmatchedStatement(VexStatement statement, String reason) {
}
