// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * A whole-scan gate evaluated: a CEL expression over every finding that must hold for the
 * scan to pass.
 *
 * @param message the gate's own message, shown when it fails
 */
public record GateResult(String name, String expression, boolean passed, String message) {
}
