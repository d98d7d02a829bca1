// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The strict (error-propagating) operations of the fast path: an error in any operand is the
 * result. Orderings are only built for operands of one type (int, double or timestamp, as
 * the checker resolved the overload), so no int-to-double conversion happens here.
 */
final class FastOps {

    /** How an ordering's comparison result is read: {@code <}, {@code <=}, {@code >}, ... */
    enum Order { LESS, LESS_EQUALS, GREATER, GREATER_EQUALS }

    private FastOps() {
    }

    static FastExpr constant(Object value) {
        return frame -> value;
    }

    static FastExpr equality(FastExpr left, FastExpr right, boolean negated) {
        return binary(left, right, (a, b) -> FastExpr.celEquals(a, b) != negated);
    }

    static FastExpr orderLongs(FastExpr left, FastExpr right, Order order) {
        return binary(left, right, (a, b) -> holds(order, Long.compare((Long) a, (Long) b)));
    }

    static FastExpr orderTimes(FastExpr left, FastExpr right, Order order) {
        return binary(left, right,
                (a, b) -> holds(order, ((Instant) a).compareTo((Instant) b)));
    }

    static FastExpr orderDoubles(FastExpr left, FastExpr right, Order order) {
        // primitive operators, not Double.compare: every comparison with NaN is false
        return binary(left, right, (a, b) -> {
            double x = (Double) a;
            double y = (Double) b;
            return switch (order) {
                case LESS -> x < y;
                case LESS_EQUALS -> x <= y;
                case GREATER -> x > y;
                case GREATER_EQUALS -> x >= y;
            };
        });
    }

    static FastExpr in(FastExpr element, FastExpr list) {
        return binary(element, list, (a, b) -> {
            for (Object candidate : (List<?>) b) {
                if (FastExpr.celEquals(a, candidate)) {
                    return true;
                }
            }
            return false;
        });
    }

    static FastExpr startsWith(FastExpr text, FastExpr prefix) {
        return binary(text, prefix, (a, b) -> ((String) a).startsWith((String) b));
    }

    static FastExpr endsWith(FastExpr text, FastExpr suffix) {
        return binary(text, suffix, (a, b) -> ((String) a).endsWith((String) b));
    }

    static FastExpr contains(FastExpr text, FastExpr part) {
        return binary(text, part, (a, b) -> ((String) a).contains((String) b));
    }

    /** CEL's {@code size} of a string counts code points, not UTF-16 units. */
    static FastExpr sizeOfString(FastExpr text) {
        return unary(text, a -> (long) ((String) a).codePointCount(0, ((String) a).length()));
    }

    static FastExpr sizeOfList(FastExpr list) {
        return unary(list, a -> (long) ((List<?>) a).size());
    }

    static FastExpr select(FastExpr operand, Function<Object, Object> reader) {
        return unary(operand, reader);
    }

    /** {@code has()} of an optional field: present unless the reader yields the error. */
    static FastExpr presence(FastExpr operand, Function<Object, Object> reader) {
        return unary(operand, a -> reader.apply(a) != FastExpr.ERROR);
    }

    private static boolean holds(Order order, int comparison) {
        return switch (order) {
            case LESS -> comparison < 0;
            case LESS_EQUALS -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_EQUALS -> comparison >= 0;
        };
    }

    private static FastExpr unary(FastExpr operand, Function<Object, Object> op) {
        return frame -> {
            Object a = operand.eval(frame);
            return a == FastExpr.ERROR ? a : op.apply(a);
        };
    }

    private static FastExpr binary(FastExpr left, FastExpr right,
            BiPredicate<Object, Object> op) {
        return frame -> {
            Object a = left.eval(frame);
            if (a == FastExpr.ERROR) {
                return a;
            }
            Object b = right.eval(frame);
            return b == FastExpr.ERROR ? b : Boolean.valueOf(op.test(a, b));
        };
    }
}
