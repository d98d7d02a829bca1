// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * Compiles a policy's CEL expressions: rules see {@code finding}, {@code pkg}, {@code vex} and
 * {@code scan}; gates see {@code findings} and {@code scan} (types in {@link CelTypes}). Both
 * have the standard macros (has, all, exists, exists_one, map, filter). The variable for the
 * package is {@code pkg} because CEL reserves the word {@code package}.
 *
 * <p>Compilers and the runtime are immutable and shared; the programs they make are
 * thread-safe, which is what lets one compiled policy evaluate scans concurrently. Each
 * checked expression also gets its fast form from {@link FastCompiler} when it has one.
 */
final class PolicyCel {

    private static final CelCompiler RULES = CelCompilerFactory.standardCelCompilerBuilder()
            .setTypeProvider(CelTypes.PROVIDER)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("finding", CelTypes.FINDING)
            .addVar("pkg", CelTypes.PACKAGE)
            .addVar("vex", CelTypes.VEX)
            .addVar("scan", CelTypes.SCAN)
            .build();
    private static final CelCompiler GATES = CelCompilerFactory.standardCelCompilerBuilder()
            .setTypeProvider(CelTypes.PROVIDER)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("findings", ListType.create(CelTypes.GATE_FINDING))
            .addVar("scan", CelTypes.SCAN)
            .build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
            .build();

    private PolicyCel() {
    }

    static CelProgram compileRule(String origin, ExpressionSource source)
            throws PolicyException {
        return compile(RULES, origin, source);
    }

    static CelProgram compileGate(String origin, ExpressionSource source)
            throws PolicyException {
        return compile(GATES, origin, source);
    }

    private static CelProgram compile(CelCompiler compiler, String origin,
            ExpressionSource source) throws PolicyException {
        CelValidationResult result = compiler.compile(source.text());
        if (result.hasError()) {
            CelIssue issue = result.getErrors().get(0);
            int[] at = source.locate(issue.getSourceLocation().getLine(),
                    issue.getSourceLocation().getColumn());
            throw new PolicyException(origin, at[0], at[1], "CEL: " + issue.getMessage());
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            if (!ast.getResultType().equals(SimpleType.BOOL)) {
                int[] at = source.locate(0, -1);
                throw new PolicyException(origin, at[0], at[1], "CEL expression must be a "
                        + "boolean, but it is " + ast.getResultType().name());
            }
            return new CelProgram(RUNTIME.createProgram(ast), FastCompiler.compile(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            throw PolicyYaml.error(origin, source.node(), "CEL: " + e.getMessage());
        }
    }
}
