// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The launcher's AppCDS training run: loads the classes of the common paths in one JVM (an SBOM
 * scan with every report, and the SBOM of an image) so the archive it writes at exit serves
 * both. Output is discarded; failures only make the archive smaller.
 *
 * <p>Usage: {@code CdsTraining DB SBOM IMAGE_ARCHIVE}.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            for (String format : new String[] {"table", "json", "cyclonedx", "sarif"}) {
                StellaMain.run("scan", "--db", args[0], "--format", format, args[1]);
            }
            StellaMain.run("sbom", "--no-cache", args[2]);
            StellaMain.run("sbom", "--no-cache", "--format", "spdx", args[2]);
        } finally {
            System.setOut(out);
        }
    }
}
