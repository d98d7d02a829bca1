// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical nodes of the fast path, with CEL's commutative treatment of errors: {@code &&}
 * is false if either side is false, even when the other is an error, and an error only if
 * neither side is false; {@code ||} likewise with true. {@code exists} and {@code all} fold
 * their body the same way over the list and stop at the first deciding element, as
 * cel-java's expansion of the macros does.
 */
final class FastLogic {

    private FastLogic() {
    }

    static FastExpr and(FastExpr left, FastExpr right) {
        return frame -> {
            Object a = left.eval(frame);
            if (a == Boolean.FALSE) {
                return Boolean.FALSE;
            }
            Object b = right.eval(frame);
            if (b == Boolean.FALSE) {
                return Boolean.FALSE;
            }
            return a == FastExpr.ERROR || b == FastExpr.ERROR ? FastExpr.ERROR : Boolean.TRUE;
        };
    }

    static FastExpr or(FastExpr left, FastExpr right) {
        return frame -> {
            Object a = left.eval(frame);
            if (a == Boolean.TRUE) {
                return Boolean.TRUE;
            }
            Object b = right.eval(frame);
            if (b == Boolean.TRUE) {
                return Boolean.TRUE;
            }
            return a == FastExpr.ERROR || b == FastExpr.ERROR ? FastExpr.ERROR : Boolean.FALSE;
        };
    }

    static FastExpr not(FastExpr operand) {
        return frame -> {
            Object a = operand.eval(frame);
            return a == FastExpr.ERROR ? a : (a == Boolean.TRUE ? Boolean.FALSE : Boolean.TRUE);
        };
    }

    /**
     * {@code range.exists(x, body)} ({@code decider} true) or {@code range.all(x, body)}
     * ({@code decider} false): the decider as soon as an element's body yields it, otherwise
     * an error if any body was one, otherwise the opposite of the decider.
     */
    static FastExpr quantifier(FastExpr range, int slot, FastExpr body, boolean decider) {
        Boolean decided = decider;
        Boolean undecided = !decider;
        return frame -> {
            Object list = range.eval(frame);
            if (list == FastExpr.ERROR) {
                return list;
            }
            boolean failed = false;
            for (Object element : (List<?>) list) {
                frame.locals[slot] = element;
                Object value = body.eval(frame);
                if (value == decided) {
                    return decided;
                }
                failed |= value == FastExpr.ERROR;
            }
            return failed ? FastExpr.ERROR : undecided;
        };
    }

    /**
     * {@code range.filter(x, body)}: the elements whose body is true, in order. An error in
     * any body is the result, as in cel-java, where the error becomes the accumulator and
     * stays it for the rest of the fold.
     */
    static FastExpr filter(FastExpr range, int slot, FastExpr body) {
        return frame -> {
            Object list = range.eval(frame);
            if (list == FastExpr.ERROR) {
                return list;
            }
            List<Object> kept = new ArrayList<>();
            for (Object element : (List<?>) list) {
                frame.locals[slot] = element;
                Object value = body.eval(frame);
                if (value == FastExpr.ERROR) {
                    return value;
                }
                if (value == Boolean.TRUE) {
                    kept.add(element);
                }
            }
            return kept;
        };
    }
}
