// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A compiled, boolean-typed CEL expression: cel-java's program, which is the reference, and
 * when {@link FastCompiler} could build one, its fast form. The fast form answers whenever it
 * reaches true or false; an expression it cannot take, or one that ends in an error, goes to
 * the interpreter, so results, errors and their messages are exactly the interpreter's.
 * Immutable and thread-safe.
 */
final class CelProgram {

    private final CelRuntime.Program program;
    private final FastExpr fast;

    CelProgram(CelRuntime.Program program, FastExpr fast) {
        this.program = program;
        this.fast = fast;
    }

    /** Whether the expression runs on the fast path (it falls back only on an error). */
    boolean fastPathed() {
        return fast != null;
    }

    /**
     * Evaluates the expression.
     *
     * @param frame the typed values, for the fast path
     * @param variables the interpreter's variables; asked for only when the interpreter runs
     */
    Object evaluate(FastFrame frame, Supplier<Map<String, Object>> variables)
            throws CelEvaluationException {
        if (fast != null) {
            Object value = fast.eval(frame);
            if (value != FastExpr.ERROR) {
                return value;
            }
        }
        return interpret(variables.get());
    }

    /** The interpreter alone: the reference the fast path is tested against. */
    Object interpret(Map<String, Object> variables) throws CelEvaluationException {
        return program.eval(name -> Optional.ofNullable(variables.get(name)));
    }

    /** The fast path alone, or {@link FastExpr#ERROR}; for the differential tests. */
    Object evaluateFast(FastFrame frame) {
        return fast.eval(frame);
    }
}
