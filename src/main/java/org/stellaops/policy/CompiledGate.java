// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/** A gate with its compiled, boolean-typed CEL program. */
record CompiledGate(PolicyGate gate, CelProgram program) {
}
