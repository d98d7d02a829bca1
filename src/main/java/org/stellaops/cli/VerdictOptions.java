// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexException;
import org.stellaops.vex.VexLoader;
import org.stellaops.vex.VexSettings;
import org.stellaops.vex.VexTrust;
import picocli.CommandLine.Option;

/**
 * The VEX and policy of a scan: {@code --vex} (files or folders, repeatable),
 * {@code --policy-file} and {@code --explain}. Issuer trust comes from configuration
 * ({@link VexSettings}), so a pipeline's trust is set once for all its scans.
 */
final class VerdictOptions {

    @Option(names = "--vex", paramLabel = "FILE|DIR", description = "VEX document (OpenVEX, "
            + "CSAF 2.0 or CycloneDX), or a folder of them; repeatable.")
    List<Path> vex = new ArrayList<>();

    @Option(names = "--policy-file", paramLabel = "PATH",
            description = "Policy (YAML rules and CEL gates; see docs/policy.md).")
    Path policyFile;

    @Option(names = "--explain", paramLabel = "ID", description = "Print how the findings of "
            + "this vulnerability id (or alias) got their final state, instead of the report.")
    String explain;

    /** The VEX of the files given, with the configured trust. */
    VexEvidence evidence(StellaConfig config) throws UsageException, VexException {
        VexTrust trust;
        try {
            trust = VexSettings.trustFrom(config::value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<VexDocument> documents = vex.isEmpty() ? List.of() : VexLoader.readAll(vex);
        return new VexEvidence(documents, trust);
    }

    /** The compiled policy, or null when none is given. */
    PolicyEngine policy() throws PolicyException {
        return policyFile == null ? null : PolicyEngine.compile(PolicyLoader.load(policyFile));
    }
}
