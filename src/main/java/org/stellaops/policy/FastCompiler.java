// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelCall;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked CEL expression into a tree of {@link FastExpr} nodes when every node is in
 * the subset the policy language needs in practice: literals (bool, int, double, string,
 * lists of them), selection of declared fields, {@code has()}, {@code == != < <= > >=},
 * {@code && || !}, {@code in}, {@code startsWith endsWith contains}, {@code size()} and the
 * {@code exists}/{@code all}/{@code filter} macros. Anything else returns null and the
 * expression stays with the interpreter.
 *
 * <p>Why hand-written: cel-java's interpreter spends about a microsecond per expression and
 * finding resolving variables and overloads, more than the 5 ms budget for 1,000 findings by
 * 25 CEL rules allows. The interpreter remains the reference: the fast path only follows the
 * checker's types and resolved overloads, never decides anything the checker left open, and
 * the differential tests compare the two on every expression in the repository.
 */
final class FastCompiler {

    private final CelAbstractSyntaxTree ast;
    private final Map<String, Integer> locals = new HashMap<>();

    private FastCompiler(CelAbstractSyntaxTree ast) {
        this.ast = ast;
    }

    /** The fast form of a checked expression, or null when a node is outside the subset. */
    static FastExpr compile(CelAbstractSyntaxTree ast) {
        return new FastCompiler(ast).walk(ast.getExpr());
    }

    private FastExpr walk(CelExpr expr) {
        return switch (expr.getKind()) {
            case CONSTANT -> literal(expr.constant());
            case IDENT -> variable(expr.ident().name());
            case SELECT -> select(expr);
            case LIST -> list(expr);
            case CALL -> FastCalls.call(this, expr.call(), overload(expr));
            case COMPREHENSION -> FastMacros.comprehension(this, expr.comprehension());
            default -> null;
        };
    }

    /** Compiles a sub-expression; for {@link FastCalls} and {@link FastMacros}. */
    FastExpr child(CelExpr expr) {
        return walk(expr);
    }

    /** Compiles a comprehension body with {@code name} bound to a fresh slot, or null. */
    FastExpr withLocal(String name, CelExpr body, Quantified node) {
        int slot = locals.size();
        if (slot >= FastFrame.SLOTS || locals.containsKey(name)) {
            // shadowing one comprehension variable by another is legal CEL but rare: leave it
            return null;
        }
        locals.put(name, slot);
        try {
            FastExpr compiled = walk(body);
            return compiled == null ? null : node.build(slot, compiled);
        } finally {
            locals.remove(name);
        }
    }

    /** Builds the node around a body compiled with its variable in {@code slot}. */
    interface Quantified {
        FastExpr build(int slot, FastExpr body);
    }

    CelType type(CelExpr expr) {
        return ast.getType(expr.id()).orElse(null);
    }

    private String overload(CelExpr expr) {
        List<String> ids = ast.getReference(expr.id()).map(CelReference::overloadIds)
                .orElse(null);
        return ids == null || ids.size() != 1 ? null : ids.get(0);
    }

    private static FastExpr literal(CelConstant constant) {
        Object value = literalValue(constant);
        return value == null ? null : FastOps.constant(value);
    }

    private static Object literalValue(CelConstant constant) {
        return switch (constant.getKind()) {
            case BOOLEAN_VALUE -> constant.booleanValue();
            case INT64_VALUE -> constant.int64Value();
            case DOUBLE_VALUE -> constant.doubleValue();
            case STRING_VALUE -> constant.stringValue();
            default -> null;
        };
    }

    private FastExpr variable(String name) {
        Integer slot = locals.get(name);
        if (slot != null) {
            int at = slot;
            return frame -> frame.locals[at];
        }
        return switch (name) {
            case "finding", "pkg", "vex" -> frame -> frame.finding;
            case "findings" -> frame -> frame.findings;
            case "scan" -> frame -> frame.scan;
            default -> null;
        };
    }

    private FastExpr select(CelExpr expr) {
        CelExpr.CelSelect select = expr.select();
        if (!(type(select.operand()) instanceof StructType struct)) {
            return null;
        }
        var reader = FastFields.reader(struct.name(), select.field());
        FastExpr operand = walk(select.operand());
        if (reader == null || operand == null) {
            return null;
        }
        return select.testOnly() ? FastOps.presence(operand, reader)
                : FastOps.select(operand, reader);
    }

    /** A list literal of constants, built once; other lists are left to the interpreter. */
    private FastExpr list(CelExpr expr) {
        CelExpr.CelList list = expr.list();
        if (!list.optionalIndices().isEmpty()) {
            return null;
        }
        List<Object> values = new ArrayList<>(list.elements().size());
        for (CelExpr element : list.elements()) {
            Object value = element.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    ? literalValue(element.constant()) : null;
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return FastOps.constant(List.copyOf(values));
    }

    /** Whether values of the type compare with {@link FastExpr#celEquals}. */
    static boolean equatable(CelType type) {
        if (type instanceof ListType list) {
            return list.hasElemType() && equatable(list.elemType());
        }
        return SimpleType.STRING.equals(type) || SimpleType.INT.equals(type)
                || SimpleType.DOUBLE.equals(type) || SimpleType.BOOL.equals(type)
                || SimpleType.TIMESTAMP.equals(type);
    }

    static boolean isCall(CelCall call, String function, int args) {
        return call.function().equals(function) && call.args().size() == args;
    }
}
