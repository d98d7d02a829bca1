// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stellaops.sbom.Sbom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stella sbom TARGET}: the SBOM of an image or folder (or an SBOM re-written), without
 * matching. Deterministic: the creation time is the image's own ({@code created} in its
 * config), else {@code --created}, else the Unix epoch, and identifiers derive from the target's
 * digest.
 */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = "Write the SBOM of an image, image archive, OCI layout or folder.")
final class SbomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions targetOptions = new TargetOptions();

    @Parameters(paramLabel = "TARGET", description = "Image archive, OCI layout, folder, image "
            + "reference, or an SBOM file.")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "cyclonedx (CycloneDX 1.6 JSON, default) or spdx (SPDX 3.0.1 JSON-LD).")
    SbomOutput.Format format = SbomOutput.Format.cyclonedx;

    @Option(names = "--output", paramLabel = "PATH",
            description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--created", paramLabel = "TIME", description = "Creation time of the SBOM "
            + "(RFC 3339; default: the image's own, else " + ConvertCommand.UNKNOWN_CREATED + ").")
    String created;

    @Override
    public Integer call() throws Exception {
        String createdOverride = created == null ? null : ReferenceTime.parse(created, "--created");
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());
        ReadTarget read = TargetReader.read(target, targetOptions, System.in, progress);
        Sbom sbom = read.sbom();
        String time = createdOverride != null ? createdOverride : createdOf(read);
        SbomOutput.write(spec, sbom, format, read.target().digest(), time, output);
        return StellaMain.EXIT_PASS;
    }

    /** The target's own creation time when it is valid RFC 3339, else the epoch. */
    static String createdOf(ReadTarget read) {
        if (read.created() != null) {
            try {
                return ReferenceTime.parse(read.created(), "created");
            } catch (UsageException e) {
                return ConvertCommand.UNKNOWN_CREATED;
            }
        }
        return ConvertCommand.UNKNOWN_CREATED;
    }
}
