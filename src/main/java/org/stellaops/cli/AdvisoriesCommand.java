// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageResult;
import org.stellaops.match.TraceLine;
import org.stellaops.match.UnknownMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella advisories PURL}: which advisories affect this package version and why, one line
 * per range evaluated.
 */
@Command(mixinStandardHelpOptions = true, name = "advisories",
        description = "Explain which advisories affect a package version, range by range.")
final class AdvisoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--snapshot", paramLabel = "DIGEST", description = "Use a kept snapshot.")
    String snapshot;

    @Parameters(paramLabel = "PURL", description = "Package URL with a version.")
    String purl;

    @Override
    public Integer call() throws Exception {
        PackageMatcher matcher = new PackageMatcher(db.open(snapshot));
        PackageResult result = matcher.match(purl);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("package   %s%n", result.purl());
        out.printf("snapshot  %s (%s)%n", matcher.snapshot().digest(),
                matcher.snapshot().manifest().snapshotDate());
        switch (result.status()) {
            case UNMAPPABLE:
                out.printf("not matchable: %s%n", result.reason());
                break;
            case NOT_COVERED:
                out.printf("ecosystem %s NOT COVERED: %s%n", result.ecosystem(), result.reason());
                break;
            default:
                printCovered(out, result);
        }
        out.flush();
        return StellaMain.EXIT_PASS;
    }

    private static void printCovered(PrintWriter out, PackageResult result) {
        out.printf("ecosystem %s (covered)%n", result.ecosystem());
        out.printf("ranges evaluated: %d%n", result.trace().size());
        result.trace().forEach((TraceLine line) -> out.println("  " + line));
        out.printf("findings: %d%n", result.findings().size());
        for (Finding f : result.findings()) {
            out.printf("  %s %s%s fixed in %s%n", f.severity().level().name(), f.id(),
                    f.aliases().isEmpty() ? "" : " " + f.aliases(),
                    f.fixedVersions().isEmpty() ? "(no fix)" : String.join(", ", f.fixedVersions()));
        }
        for (UnknownMatch unknown : result.unknowns()) {
            out.printf("  UNKNOWN %s: %s%n", unknown.advisory(), unknown.reason());
        }
    }
}
