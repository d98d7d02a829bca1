// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** The VEX documents given, each read once, in the order {@link VexLoader} gives. */
    List<NamedInput> vexInputs() throws VexException {
        List<NamedInput> inputs = new ArrayList<>();
        for (Path file : VexLoader.filesOf(vex)) {
            inputs.add(new NamedInput(file.toString(), VexLoader.bytesOf(file)));
        }
        return inputs;
    }

    /** The policy file's bytes, or null when none is given. */
    NamedInput policyInput() throws PolicyException {
        if (policyFile == null) {
            return null;
        }
        String origin = policyFile.toString();
        try {
            long size = Files.size(policyFile);
            if (size > PolicyLoader.MAX_SIZE) {
                throw new PolicyException(origin, 0, 0, "policy file is " + size
                        + " bytes, more than the limit of " + PolicyLoader.MAX_SIZE);
            }
            return new NamedInput(origin, Files.readAllBytes(policyFile));
        } catch (IOException e) {
            throw new PolicyException(origin, 0, 0, "cannot read policy file: " + e.getMessage());
        }
    }

    /** The VEX of these documents, with the trust that {@code config} sets. */
    static VexEvidence evidence(List<NamedInput> documents, Function<String, String> config)
            throws UsageException, VexException {
        VexTrust trust;
        try {
            trust = VexSettings.trustFrom(config);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<VexDocument> read = new ArrayList<>(documents.size());
        for (NamedInput document : documents) {
            read.add(VexLoader.read(document.origin(), document.bytes()));
        }
        return new VexEvidence(read, trust);
    }

    /** The compiled policy, or null when there is none. */
    static PolicyEngine policy(NamedInput input) throws PolicyException {
        return input == null ? null
                : PolicyEngine.compile(PolicyLoader.parse(input.origin(), input.bytes()));
    }
}
