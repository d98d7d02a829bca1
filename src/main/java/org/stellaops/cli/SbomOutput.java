// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.Spdx3Writer;
import picocli.CommandLine.Model.CommandSpec;

/** Writes an SBOM as {@code convert} and {@code sbom} do: warnings first, then the document. */
final class SbomOutput {

    /** Output formats. */
    enum Format { cyclonedx, spdx }

    private SbomOutput() {
    }

    /**
     * Renders and writes the SBOM to {@code output}, or to standard output when it is null.
     *
     * @param seed the digest identifiers derive from
     * @param time the document's creation time (RFC 3339)
     */
    static void write(CommandSpec spec, Sbom sbom, Format format, String seed, String time,
            Path output) throws IOException {
        String rendered = render(sbom, format, seed, time);
        PrintWriter err = spec.commandLine().getErr();
        sbom.warnings().forEach(w -> err.println("warning: " + w));
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
            err.println("wrote " + output + " (" + sbom.components().size() + " components)");
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        }
    }

    /** The SBOM as a document of the format; identifiers derive from {@code seed}. */
    static String render(Sbom sbom, Format format, String seed, String time) {
        return format == Format.spdx
                ? Spdx3Writer.write(sbom, seed, time)
                : CycloneDxWriter.write(sbom, time, seed);
    }
}
