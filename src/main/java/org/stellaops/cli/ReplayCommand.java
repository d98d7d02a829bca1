// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.stellaops.db.DatabaseException;
import org.stellaops.db.Snapshot;
import org.stellaops.replay.EnvelopePayloads;
import org.stellaops.replay.InputRole;
import org.stellaops.replay.InputStore;
import org.stellaops.replay.OutputComparison;
import org.stellaops.replay.OutputDifference;
import org.stellaops.replay.ReplayException;
import org.stellaops.replay.ReplayManifest;
import org.stellaops.replay.ScanOutputs;
import org.stellaops.replay.SrmYaml;
import org.stellaops.replay.ToolBuild;
import org.stellaops.scan.ScanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella replay SRM}: runs a recorded scan again from its recorded inputs, snapshot,
 * reference time and settings, and compares every output with the digest the manifest holds.
 * Exit 0 when all are identical, 1 when one differs (each difference printed, located when the
 * recorded output is at hand), 2 when the scan cannot be replayed (an input or the snapshot is
 * not available, the manifest is unreadable).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run a scan from its replay manifest (srm.yaml) and compare outputs.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Parameters(paramLabel = "SRM", description = "The replay manifest (srm.yaml).")
    Path manifest;

    @Option(names = "--inputs", paramLabel = "DIR",
            description = "Folder of the recorded inputs (default: inputs/ beside the SRM).")
    Path inputsDir;

    @Option(names = "--target", paramLabel = "REF|PATH", description = "Where the scanned "
            + "registry image or folder is now (default: where the manifest says it was).")
    String target;

    /**
     * The target as the scan read it: the SBOM or image archive kept by digest, else the
     * registry image or folder read again, which must have the digest the scan recorded.
     */
    private ReadTarget readTarget(ReplayManifest srm, InputStore store) throws Exception {
        List<ReplayManifest.Input> sboms = srm.inputs(InputRole.SBOM);
        if (!sboms.isEmpty()) {
            ReplayManifest.Input sbom = sboms.get(0);
            return TargetReader.readSbomFile(store.resolve(sbom), sbom.origin(),
                    srm.configuration().getOrDefault("sbom-type", "auto"));
        }
        List<ReplayManifest.Input> images = srm.inputs(InputRole.IMAGE);
        String where = !images.isEmpty() ? store.resolve(images.get(0)).toString()
                : target != null ? target : srm.subject().ref();
        TargetOptions options = new TargetOptions();
        options.inputType = srm.configuration().get("input-type");
        options.platform = srm.configuration().get("platform");
        options.name = srm.subject().ref();
        // an auditor recomputes every layer from its bytes rather than trust a cache
        options.noCache = true;
        ReadTarget read;
        try {
            read = TargetReader.read(where, options, InputStream.nullInputStream(),
                    Progress.onTerminal(spec.commandLine().getErr()));
        } catch (UsageException | org.stellaops.image.ImageException e) {
            throw new ReplayException(manifest + ": the scanned " + srm.subject().kind() + " "
                    + srm.subject().ref() + " cannot be read from " + where + " ("
                    + e.getMessage() + "); give --target", e);
        }
        if (!read.target().digest().equals(srm.subject().digest())) {
            throw new ReplayException(manifest + ": " + where + " is not what was scanned: its "
                    + "digest is " + read.target().digest() + ", the scan recorded "
                    + srm.subject().digest());
        }
        return read;
    }

    @Override
    public Integer call() throws Exception {
        ReplayManifest srm = SrmYaml.read(manifest);
        Path base = manifest.toAbsolutePath().getParent();
        InputStore store = new InputStore(inputsDir != null ? inputsDir
                : base.resolve(ScanRecording.INPUTS));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!srm.tool().version().equals(ToolBuild.current().version())) {
            err.println("note: the scan ran on stella " + srm.tool().version() + ", this is "
                    + ToolBuild.current().version() + ": outputs may differ for that alone");
        }
        ScanResult result = replay(srm, store);
        Map<String, byte[]> outputs = ScanOutputs.of(result,
                ScanOutputs.attested(srm.outputs()));
        List<OutputDifference> differences = new ArrayList<>(OutputComparison.compare(
                srm.outputs(), outputs, base.resolve(ScanRecording.OUTPUTS)));
        differences.addAll(EnvelopePayloads.compare(base, srm));
        if (differences.isEmpty()) {
            out.println("replayed: " + outputs.size() + " outputs identical to " + manifest
                    + " (snapshot " + srm.snapshot() + ", reference time "
                    + srm.referenceTime() + ")");
            out.flush();
            return StellaMain.EXIT_PASS;
        }
        out.println("replay differs from " + manifest + " in " + differences.size()
                + " output(s):");
        differences.forEach(d -> out.println("  " + d.describe()));
        out.flush();
        return StellaMain.EXIT_FINDINGS;
    }

    private ScanResult replay(ReplayManifest srm, InputStore store) throws Exception {
        ReadTarget read = readTarget(srm, store);
        List<NamedInput> vex = new ArrayList<>();
        for (ReplayManifest.Input input : srm.inputs(InputRole.VEX)) {
            vex.add(new NamedInput(input.origin(),
                    java.nio.file.Files.readAllBytes(store.resolve(input))));
        }
        NamedInput policy = null;
        for (ReplayManifest.Input input : srm.inputs(InputRole.POLICY)) {
            policy = new NamedInput(input.origin(),
                    java.nio.file.Files.readAllBytes(store.resolve(input)));
        }
        Snapshot opened;
        try {
            opened = db.open(srm.snapshot());
        } catch (DatabaseException | UsageException e) {
            throw new ReplayException(manifest + ": the recorded snapshot " + srm.snapshot()
                    + " is not available here (" + e.getMessage() + "); import the feeds it "
                    + "was made from, or give --db", e);
        }
        Function<String, String> config = ReplaySettings.recorded(srm.configuration());
        return LocalScan.run(read, VerdictOptions.evidence(vex, config)
                .with(read.embeddedVex()), VerdictOptions.policy(policy), opened,
                srm.referenceTime());
    }
}
