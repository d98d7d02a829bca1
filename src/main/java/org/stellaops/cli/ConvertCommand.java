// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stella convert IN --format cyclonedx|spdx}: rewrites any SBOM Stella reads as
 * CycloneDX 1.6 JSON or SPDX 3.0.1 JSON-LD, keeping purls, versions, hashes, licences and the
 * dependency graph. The output is deterministic: its creation time is the input's own (or
 * {@code --created}), and its identifiers derive from the input's digest.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an SBOM to CycloneDX 1.6 JSON or SPDX 3.0.1 JSON-LD.")
final class ConvertCommand implements Callable<Integer> {

    /** When neither the input nor {@code --created} says: fixed, so output stays stable. */
    static final String UNKNOWN_CREATED = "1970-01-01T00:00:00Z";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "SBOM file, or - to read standard input.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "cyclonedx (CycloneDX 1.6 JSON) or spdx (SPDX 3.0.1 JSON-LD).")
    SbomOutput.Format format;

    @Option(names = "--output", paramLabel = "PATH",
            description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--sbom-type", paramLabel = "TYPE", description = "Input format: auto "
            + "(default), cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tag-value, "
            + "trivy-json-v2.")
    String sbomType = "auto";

    @Option(names = "--created", paramLabel = "TIME", description = "Creation time of the "
            + "output (RFC 3339; default: the input's own, else " + UNKNOWN_CREATED + ").")
    String created;

    @Override
    public Integer call() throws Exception {
        String createdOverride = created == null ? null : ReferenceTime.parse(created, "--created");
        LoadedSbom loaded = SbomLoader.load(input, sbomType, System.in);
        Sbom sbom = loaded.sbom();
        String time = createdOverride != null ? createdOverride : createdOf(sbom);
        SbomOutput.write(spec, sbom, format, loaded.digest(), time, output);
        return StellaMain.EXIT_PASS;
    }

    private String createdOf(Sbom sbom) {
        if (sbom.created() != null) {
            try {
                return ReferenceTime.parse(sbom.created(), "created");
            } catch (UsageException e) {
                spec.commandLine().getErr().println("warning: the input's creation time '"
                        + sbom.created() + "' is not RFC 3339; using " + UNKNOWN_CREATED);
                return UNKNOWN_CREATED;
            }
        }
        spec.commandLine().getErr().println("note: the input does not say when it was "
                + "created; using " + UNKNOWN_CREATED + " (set it with --created)");
        return UNKNOWN_CREATED;
    }
}
