// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a scan leaves its evidence: {@code --attest DIR} and {@code --srm PATH}. */
final class EvidenceOptions {

    @Option(names = "--attest", paramLabel = "DIR", description = "Write signed attestations "
            + "(*.dsse.json), the replay manifest (srm.yaml), the scan's inputs (inputs/) and "
            + "outputs (outputs/) into DIR, which then replays alone.")
    Path attestDir;

    @Option(names = "--srm", paramLabel = "PATH",
            description = "Write the scan's replay manifest (YAML) to PATH.")
    Path srm;

    boolean recording() {
        return attestDir != null || srm != null;
    }
}
