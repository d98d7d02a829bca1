// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.stellaops.crypto.SigningKeys;
import org.stellaops.db.Snapshot;
import org.stellaops.image.TargetKind;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.report.CycloneDxReport;
import org.stellaops.report.ExplainText;
import org.stellaops.report.JsonReport;
import org.stellaops.report.SarifReport;
import org.stellaops.report.TableReport;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.FutureStatements;
import org.stellaops.vex.VexWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella scan TARGET}: match the packages of an SBOM against the local snapshot,
 * offline, or with a server ({@code --server}, STELLA_SERVER) have the server match them.
 * Exit 1 when an open finding at or above the threshold remains, 2 on any error.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan an SBOM (file or - for standard input), an image (docker save "
                + "archive, OCI layout or registry reference) or a folder (root file system or "
                + "source tree) against the local advisory snapshot.")
final class ScanCommand implements Callable<Integer> {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Report formats. */
    enum Format { table, json, cyclonedx, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Mixin
    ServerOptions server = new ServerOptions();

    @Mixin
    TargetOptions targetOptions = new TargetOptions();

    @Mixin
    VerdictOptions verdict = new VerdictOptions();

    @Mixin
    EvidenceOptions recording = new EvidenceOptions();

    @Parameters(paramLabel = "TARGET", description = "SBOM file or - (standard input), image "
            + "archive, OCI layout, folder, or image reference.")
    String target;

    @Option(names = "--snapshot", paramLabel = "DIGEST", description = "Use a kept snapshot.")
    String snapshot;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report on standard output: table (default), json, cyclonedx, sarif.")
    Format format = Format.table;

    @Option(names = "--output", paramLabel = "PATH",
            description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--output-json", paramLabel = "PATH",
            description = "Also write the JSON report here, whatever --format says.")
    Path outputJson;

    @Option(names = "--threshold", paramLabel = "LEVEL", description = "Lowest severity that "
            + "fails the scan: low, medium, high or critical (default: critical).")
    String threshold = "critical";

    @Option(names = "--fail-on-unknown", description = "Findings of unknown severity fail too.")
    boolean failOnUnknown;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Reference time of the scan "
            + "(RFC 3339; default: the snapshot date).")
    String asOf;

    @Override
    public Integer call() throws Exception {
        Threshold gate = Threshold.parse(threshold, failOnUnknown);
        URI serverUrl = server.baseUrl();
        if (serverUrl != null) {
            return scanRemotely(serverUrl, gate);
        }
        String referenceOverride = asOf == null ? null : ReferenceTime.parse(asOf);
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());

        // VEX and policy first: a typo in them fails before a long image pull
        StellaConfig config = StellaConfig.fromEnvironment();
        List<NamedInput> vexInputs = verdict.vexInputs();
        NamedInput policyInput = verdict.policyInput();
        VexEvidence evidence = VerdictOptions.evidence(vexInputs, config::value);
        PolicyEngine policy = VerdictOptions.policy(policyInput);
        // keys too: a bad key or profile fails before the scan, and a new key is made once
        SigningKeys keys = recording.attestDir == null ? null
                : new AttestSettings(config).signingKeys(spec.commandLine().getErr());
        progress.say("reading " + target);
        Path spooled = null;
        ReadTarget read;
        Path sbomFile = null;
        try {
            if (recording.recording() && isSbomTarget()) {
                // the SBOM is copied into the evidence: read it from a file, even from stdin
                sbomFile = target.equals("-") ? spooled = SbomLoader.spool(System.in)
                        : Path.of(target);
                read = TargetReader.readSbomFile(sbomFile, target, targetOptions.sbomType);
            } else {
                read = TargetReader.read(target, targetOptions, System.in, progress);
            }
            evidence = evidence.with(read.embeddedVex());
            warnFutureStatements(evidence);
            // The snapshot is opened only once the target has been read: bad input fails fast.
            Snapshot opened = db.open(snapshot);
            progress.say("matching " + read.sbom().components().size() + " components");
            ScanResult result = LocalScan.run(read, evidence, policy, opened, referenceOverride);
            if (recording.recording()) {
                Path imageFile = sbomFile == null && Files.isRegularFile(Path.of(target))
                        ? Path.of(target) : null;
                ScanRecording.write(recording, result, new ScanRecording.Inputs(sbomFile,
                        imageFile, vexInputs, policyInput, opened.digest(), settings(config)),
                        keys);
            }
            return report(result, gate);
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    private boolean isSbomTarget() throws Exception {
        return target.equals("-")
                || TargetReader.kindOf(target, targetOptions) == TargetKind.SBOM;
    }

    /** The effective settings that affect results, as a replay manifest records them. */
    private Map<String, String> settings(StellaConfig config) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("sbom-type", targetOptions.sbomType);
        settings.put("threshold", threshold);
        settings.put("fail-on-unknown", String.valueOf(failOnUnknown));
        if (targetOptions.platform != null) {
            settings.put("platform", targetOptions.platform);
        }
        if (targetOptions.inputType != null) {
            settings.put("input-type", targetOptions.inputType);
        }
        for (String key : ReplaySettings.RESULT_KEYS) {
            String value = config.value(key);
            settings.put(key, value == null ? "" : value);
        }
        return settings;
    }

    private int report(ScanResult result, Threshold gate) throws IOException {
        if (verdict.explain != null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ExplainText.render(JSON.readTree(JsonReport.render(result)),
                    verdict.explain));
            out.flush();
            if (output != null) {
                write(render(result), output);
            }
        } else if (format == Format.json) {
            writeJson(result, output);
        } else {
            write(render(result), output);
        }
        if (outputJson != null) {
            writeJson(result, outputJson);
        }
        return gate.fails(result) ? StellaMain.EXIT_FINDINGS : StellaMain.EXIT_PASS;
    }

    /** Statements dated after now: reported to the operator, never into the report. */
    private void warnFutureStatements(VexEvidence evidence) {
        PrintWriter err = spec.commandLine().getErr();
        for (VexWarning warning : FutureStatements.find(evidence.statements(),
                java.time.Instant.now())) {
            err.println("warning: " + warning.source() + ": " + warning.message());
        }
        evidence.readerWarnings().forEach(w -> err.println("warning: " + w.source() + ": "
                + w.message()));
        err.flush();
    }

    private int scanRemotely(URI serverUrl, Threshold gate) throws Exception {
        // the server matches against its own snapshot at its own time: refuse, not ignore
        String local = db.dir != null ? "--db" : snapshot != null ? "--snapshot"
                : asOf != null ? "--as-of" : recording.attestDir != null ? "--attest"
                : recording.srm != null ? "--srm" : null;
        if (local != null) {
            throw new UsageException(local + " applies to local scans only, not with a server");
        }
        ServerClient client = new ServerClient(serverUrl, ClientKey.resolve(),
                server.token(System.getenv()))
                .quota(new QuotaNotices(server.waitQuota, spec.commandLine().getErr()));
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());
        return new RemoteScan(this, client, progress).run(gate);
    }

    private String render(ScanResult result) {
        switch (format) {
            case json:
                return JsonReport.render(result);
            case cyclonedx:
                return CycloneDxReport.render(result);
            case sarif:
                return SarifReport.render(result);
            default:
                return TableReport.render(result, output == null && System.console() != null);
        }
    }

    /** JSON is streamed: a scan of a large SBOM makes tens of MB of it. */
    private void writeJson(ScanResult result, Path file) throws IOException {
        if (file != null) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                JsonReport.write(result, out);
            }
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonReport.write(result, out);
        out.flush();
    }

    private void write(String rendered, Path file) throws IOException {
        if (file != null) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
    }
}
