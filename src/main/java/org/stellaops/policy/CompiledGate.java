// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelRuntime;

/** A gate with its compiled, boolean-typed CEL program. */
record CompiledGate(PolicyGate gate, CelRuntime.Program program) {
}
