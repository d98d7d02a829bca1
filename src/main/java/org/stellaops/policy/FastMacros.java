// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import dev.cel.common.ast.CelExpr.ExprKind.Kind;
import dev.cel.common.types.ListType;

/**
 * Recognises the comprehensions cel-java expands {@code exists} and {@code all} into, by
 * their exact shape rather than by the macro's name, so that only a fold with those
 * semantics is replaced:
 * <pre>
 * exists: init false, condition @not_strictly_false(!acc), step acc || body, result acc
 * all:    init true,  condition @not_strictly_false(acc),  step acc &amp;&amp; body, result acc
 * </pre>
 * Any other comprehension ({@code exists_one}, {@code map}, {@code filter}) yields null.
 */
final class FastMacros {

    private FastMacros() {
    }

    static FastExpr quantifier(FastCompiler compiler, CelComprehension loop) {
        if (!loop.iterVar2().isEmpty() || !(compiler.type(loop.iterRange()) instanceof ListType)
                || !isAccumulator(loop.result(), loop.accuVar())
                || loop.accuInit().getKind() != Kind.CONSTANT
                || loop.accuInit().constant().getKind() != CelConstant.Kind.BOOLEAN_VALUE) {
            return null;
        }
        boolean exists = !loop.accuInit().constant().booleanValue();
        if (!isCondition(loop.loopCondition(), loop.accuVar(), exists)) {
            return null;
        }
        CelExpr step = loop.loopStep();
        if (step.getKind() != Kind.CALL
                || !FastCompiler.isCall(step.call(), exists ? "_||_" : "_&&_", 2)
                || !isAccumulator(step.call().args().get(0), loop.accuVar())) {
            return null;
        }
        FastExpr range = compiler.child(loop.iterRange());
        if (range == null) {
            return null;
        }
        return compiler.withLocal(loop.iterVar(), step.call().args().get(1),
                (slot, body) -> FastLogic.quantifier(range, slot, body, exists));
    }

    private static boolean isCondition(CelExpr condition, String accu, boolean exists) {
        if (condition.getKind() != Kind.CALL
                || !FastCompiler.isCall(condition.call(), "@not_strictly_false", 1)) {
            return false;
        }
        CelExpr inner = condition.call().args().get(0);
        if (!exists) {
            return isAccumulator(inner, accu);
        }
        return inner.getKind() == Kind.CALL && FastCompiler.isCall(inner.call(), "!_", 1)
                && isAccumulator(inner.call().args().get(0), accu);
    }

    private static boolean isAccumulator(CelExpr expr, String accu) {
        return expr.getKind() == Kind.IDENT && expr.ident().name().equals(accu);
    }
}
