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
 * filter: init [],    condition true,  step body ? acc + [x] : acc,             result acc
 * </pre>
 * Any other comprehension ({@code exists_one}, {@code map}) yields null.
 */
final class FastMacros {

    private FastMacros() {
    }

    static FastExpr comprehension(FastCompiler compiler, CelComprehension loop) {
        if (!loop.iterVar2().isEmpty() || !(compiler.type(loop.iterRange()) instanceof ListType)
                || !isAccumulator(loop.result(), loop.accuVar())) {
            return null;
        }
        if (loop.accuInit().getKind() == Kind.LIST) {
            return filter(compiler, loop);
        }
        if (loop.accuInit().getKind() != Kind.CONSTANT
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

    private static FastExpr filter(FastCompiler compiler, CelComprehension loop) {
        String accu = loop.accuVar();
        CelExpr step = loop.loopStep();
        if (!loop.accuInit().list().elements().isEmpty() || !isTrue(loop.loopCondition())
                || step.getKind() != Kind.CALL || !FastCompiler.isCall(step.call(), "_?_:_", 3)
                || !isAccumulator(step.call().args().get(2), accu)
                || !isAppendOfIterVar(step.call().args().get(1), accu, loop.iterVar())) {
            return null;
        }
        FastExpr range = compiler.child(loop.iterRange());
        if (range == null) {
            return null;
        }
        return compiler.withLocal(loop.iterVar(), step.call().args().get(0),
                (slot, body) -> FastLogic.filter(range, slot, body));
    }

    /** {@code acc + [x]}. */
    private static boolean isAppendOfIterVar(CelExpr expr, String accu, String iterVar) {
        if (expr.getKind() != Kind.CALL || !FastCompiler.isCall(expr.call(), "_+_", 2)
                || !isAccumulator(expr.call().args().get(0), accu)) {
            return false;
        }
        CelExpr list = expr.call().args().get(1);
        return list.getKind() == Kind.LIST && list.list().elements().size() == 1
                && list.list().optionalIndices().isEmpty()
                && isAccumulator(list.list().elements().get(0), iterVar);
    }

    private static boolean isTrue(CelExpr expr) {
        return expr.getKind() == Kind.CONSTANT
                && expr.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE
                && expr.constant().booleanValue();
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

    /** Whether the expression is the plain identifier {@code name}. */
    private static boolean isAccumulator(CelExpr expr, String name) {
        return expr.getKind() == Kind.IDENT && expr.ident().name().equals(name);
    }
}
