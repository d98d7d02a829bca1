// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * One node of a CEL expression compiled by {@link FastCompiler}: evaluates to a Java value of
 * the node's checked CEL type ({@code Boolean}, {@code Long}, {@code Double}, {@code String},
 * {@code Instant}, a {@code List}, or a {@link CelFacts}/{@link CelScan} for a struct) or to
 * {@link #ERROR} where cel-java would raise an error.
 *
 * <p>Nodes are immutable and keep no state between calls: all per-finding state is in the
 * {@link FastFrame}, so one tree serves any number of threads.
 */
@FunctionalInterface
interface FastExpr {

    /**
     * Stands for a CEL error value. The fast path does not reproduce cel-java's messages: an
     * expression that ends in an error is evaluated again by the interpreter, which says why.
     */
    Object ERROR = new Object() {
        @Override
        public String toString() {
            return "<error>";
        }
    };

    Object eval(FastFrame frame);

    /** CEL equality for the values a checked expression of equal operand types produces. */
    static boolean celEquals(Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) {
            // IEEE comparison, as CEL: NaN is not equal to itself, -0.0 equals 0.0
            return a.doubleValue() == b.doubleValue();
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!celEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return left.equals(right);
    }
}
