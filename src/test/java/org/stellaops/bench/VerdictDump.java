// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.report.TableReport;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;

/**
 * Writes every report of the verdict benchmark's scans, so that two versions of the VEX/policy
 * stage can be compared with {@code cmp}: a change meant to be faster must leave this file
 * byte-identical. Each input (the benchmark's own seed, and a larger scan from another seed)
 * is decided under {@code match: first} and {@code match: all}, on one thread and split over
 * workers; the two must agree, and the JSON, SARIF, CycloneDX and table reports are written
 * once per input and mode.
 *
 * <p>Usage: {@code VerdictDump OUT}.
 */
public final class VerdictDump {

    private VerdictDump() {
    }

    /** A scan size: the seed its scan and VEX are drawn from, findings and statements. */
    private record Input(long seed, int findings, int statements) {
    }

    private static final List<Input> INPUTS = List.of(
            new Input(VerdictBenchmark.SEED, 1000, 1000),
            new Input(VerdictBenchmark.SEED + 17, 2500, 1800));

    public static void main(String[] args) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(3);
        int mismatches = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (Input input : INPUTS) {
                VerdictScan scan = new VerdictScan(input.seed(), input.findings());
                VerdictVex vex = new VerdictVex(input.seed() + 1, scan, input.statements());
                for (String match : List.of("first", "all")) {
                    PolicyEngine policy = PolicyEngine.compile(PolicyLoader.parse(
                            "policy.yaml", VerdictPolicy.yaml(match)));
                    ScanResult alone = new VerdictStage(vex.evidence, policy,
                            scan.publishedOf::get).apply(scan.result);
                    ScanResult split = new VerdictStage(vex.evidence, policy,
                            scan.publishedOf::get, workers).apply(scan.result);
                    String json = JsonReport.render(alone);
                    if (!json.equals(JsonReport.render(split))) {
                        mismatches++;
                        System.err.println("split differs: seed " + input.seed() + " " + match);
                    }
                    out.write("=== seed " + input.seed() + " match " + match + "\n");
                    out.write(json);
                    out.write(SarifReport.render(alone));
                    out.write(CycloneDxReport.render(alone));
                    out.write(TableReport.render(alone, false));
                }
            }
        } finally {
            workers.shutdownNow();
        }
        System.out.println("inputs=" + INPUTS.size() + " mismatches=" + mismatches);
        if (mismatches > 0) {
            System.exit(1);
        }
    }
}
