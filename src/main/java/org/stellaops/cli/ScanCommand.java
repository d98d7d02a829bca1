// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.ScanMatcher;
import org.stellaops.match.ScanReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.TableReport;
import org.stellaops.sbom.CycloneDxPurls;
import org.stellaops.severity.SeverityLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella scan SBOM}: match the packages of a CycloneDX JSON SBOM against the snapshot,
 * offline. Exit 1 when an open finding at or above the threshold remains.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan an SBOM against the local advisory snapshot.")
final class ScanCommand implements Callable<Integer> {

    /** Report formats this version writes. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Parameters(paramLabel = "TARGET", description = "CycloneDX JSON SBOM file.")
    Path target;

    @Option(names = "--snapshot", paramLabel = "DIGEST", description = "Use a kept snapshot.")
    String snapshot;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report on standard output: table (default) or json.")
    Format format = Format.table;

    @Option(names = "--output", paramLabel = "PATH", description = "Write the report here.")
    Path output;

    @Option(names = "--threshold", paramLabel = "LEVEL", description = "Lowest severity that "
            + "fails the scan: low, medium, high or critical (default: critical).")
    String threshold = "critical";

    @Option(names = "--fail-on-unknown", description = "Findings of unknown severity fail too.")
    boolean failOnUnknown;

    @Override
    public Integer call() throws Exception {
        SeverityLevel floor = parseThreshold(threshold);
        if (!Files.isRegularFile(target)) {
            throw new UsageException(target + ": no such SBOM file");
        }
        List<String> purls = CycloneDxPurls.read(target);
        PackageMatcher matcher = new PackageMatcher(db.open(snapshot));
        ScanReport report = new ScanMatcher(matcher).scan(target.toString(), purls);
        String rendered = format == Format.json
                ? JsonReport.render(report) : TableReport.render(report);
        write(rendered);
        return fails(report, floor) ? StellaMain.EXIT_FINDINGS : StellaMain.EXIT_PASS;
    }

    private boolean fails(ScanReport report, SeverityLevel floor) {
        for (Finding finding : report.findings()) {
            SeverityLevel level = finding.severity().level();
            if (level.compareTo(floor) >= 0 || (failOnUnknown && level == SeverityLevel.UNKNOWN)) {
                return true;
            }
        }
        return false;
    }

    private static SeverityLevel parseThreshold(String text) throws UsageException {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "low":
                return SeverityLevel.LOW;
            case "medium":
                return SeverityLevel.MEDIUM;
            case "high":
                return SeverityLevel.HIGH;
            case "critical":
                return SeverityLevel.CRITICAL;
            default:
                throw new UsageException("--threshold must be low, medium, high or critical, not '"
                        + text + "'");
        }
    }

    private void write(String rendered) throws IOException {
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
    }
}
