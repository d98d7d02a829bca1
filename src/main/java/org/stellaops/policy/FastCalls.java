// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelCall;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.List;
import java.util.Map;

/**
 * The function calls {@link FastCompiler} supports, chosen by the overload the checker
 * resolved (so {@code <} on two ints is {@code less_int64}, never a guess from the values).
 * A call to anything else, or to an overload not listed here, yields null.
 */
final class FastCalls {

    private static final Map<String, FastOps.Order> ORDERS = Map.of(
            "less", FastOps.Order.LESS,
            "less_equals", FastOps.Order.LESS_EQUALS,
            "greater", FastOps.Order.GREATER,
            "greater_equals", FastOps.Order.GREATER_EQUALS);

    private FastCalls() {
    }

    static FastExpr call(FastCompiler compiler, CelCall call, String overload) {
        if (overload == null) {
            return null;
        }
        List<CelExpr> args = call.args();
        FastExpr[] operands = new FastExpr[args.size() + (call.target().isPresent() ? 1 : 0)];
        int at = 0;
        if (call.target().isPresent()) {
            operands[at++] = compiler.child(call.target().get());
        }
        for (CelExpr arg : args) {
            operands[at++] = compiler.child(arg);
        }
        for (FastExpr operand : operands) {
            if (operand == null) {
                return null;
            }
        }
        CelExpr first = call.target().orElse(args.isEmpty() ? null : args.get(0));
        return build(overload, operands, first == null ? null : compiler.type(first));
    }

    private static FastExpr build(String overload, FastExpr[] ops, CelType firstType) {
        if (ops.length == 2) {
            FastExpr ordered = order(overload, ops);
            if (ordered != null) {
                return ordered;
            }
        }
        return switch (overload) {
            case "logical_and" -> ops.length == 2 ? FastLogic.and(ops[0], ops[1]) : null;
            case "logical_or" -> ops.length == 2 ? FastLogic.or(ops[0], ops[1]) : null;
            case "logical_not" -> ops.length == 1 ? FastLogic.not(ops[0]) : null;
            case "equals", "not_equals" -> ops.length == 2 && FastCompiler.equatable(firstType)
                    ? FastOps.equality(ops[0], ops[1], overload.equals("not_equals")) : null;
            case "in_list" -> ops.length == 2 && FastCompiler.equatable(firstType)
                    ? FastOps.in(ops[0], ops[1]) : null;
            case "starts_with_string" -> ops.length == 2 ? FastOps.startsWith(ops[0], ops[1])
                    : null;
            case "ends_with_string" -> ops.length == 2 ? FastOps.endsWith(ops[0], ops[1]) : null;
            case "contains_string" -> ops.length == 2 ? FastOps.contains(ops[0], ops[1]) : null;
            case "size_string", "string_size" -> ops.length == 1
                    && SimpleType.STRING.equals(firstType) ? FastOps.sizeOfString(ops[0]) : null;
            case "size_list", "list_size" -> ops.length == 1 && firstType instanceof ListType
                    ? FastOps.sizeOfList(ops[0]) : null;
            default -> null;
        };
    }

    /** {@code less_int64}, {@code greater_equals_double}, ...: one operand type on both sides. */
    private static FastExpr order(String overload, FastExpr[] ops) {
        int split = overload.lastIndexOf('_');
        FastOps.Order order = split < 0 ? null : ORDERS.get(overload.substring(0, split));
        if (order == null) {
            return null;
        }
        return switch (overload.substring(split + 1)) {
            case "int64" -> FastOps.orderLongs(ops[0], ops[1], order);
            case "double" -> FastOps.orderDoubles(ops[0], ops[1], order);
            case "timestamp" -> FastOps.orderTimes(ops[0], ops[1], order);
            default -> null;
        };
    }
}
