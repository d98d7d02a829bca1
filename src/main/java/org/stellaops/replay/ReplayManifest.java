// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Scan Replay Manifest (SRM): everything that decided a scan's results, by digest, and the
 * digests of what it produced, so that an auditor can run the scan again and compare. Written
 * as YAML by {@link SrmYaml}; docs/replay.md describes every field.
 *
 * @param tool the build that ran the scan
 * @param subject what was scanned, as the reports name it
 * @param snapshot the advisory snapshot digest ({@code sha256:...})
 * @param referenceTime the scan's reference time (RFC 3339)
 * @param inputs the SBOM, VEX documents and policy, kept in one stable order whatever order
 *     they were given in: the SBOM first, then VEX documents, then the policy, each role by
 *     digest and then by origin
 * @param configuration the effective settings that affect results, by name
 * @param outputs output name to {@code sha256:} digest
 */
public record ReplayManifest(
        Tool tool,
        Subject subject,
        String snapshot,
        String referenceTime,
        List<Input> inputs,
        Map<String, String> configuration,
        Map<String, String> outputs) {

    /** The manifest layout version; a reader refuses a major version it does not know. */
    public static final String VERSION = "1";

    private static final Comparator<Input> INPUT_ORDER = Comparator
            .comparing(Input::role).thenComparing(Input::digest).thenComparing(Input::origin);

    public ReplayManifest {
        inputs = inputs.stream().sorted(INPUT_ORDER).toList();
        configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    }

    /** The same manifest with these output digests. */
    public ReplayManifest withOutputs(Map<String, String> digests) {
        return new ReplayManifest(tool, subject, snapshot, referenceTime, inputs, configuration,
                digests);
    }

    /** Inputs of one role, in manifest order. */
    public List<Input> inputs(InputRole role) {
        return inputs.stream().filter(i -> i.role() == role).toList();
    }

    /**
     * @param build {@code sha256:} of the jar that ran, or {@code classes} when run from a
     *     class folder (tests, an IDE)
     */
    public record Tool(String name, String version, String build) {
    }

    /** As {@code org.stellaops.scan.ScanTarget} has it. */
    public record Subject(String kind, String ref, String digest, String format) {
    }

    /**
     * @param origin the name the scan gave the input (a path as given, {@code -}): reports name
     *     inputs by it, so a replay reads the copy under this name
     */
    public record Input(InputRole role, String origin, String digest) {
    }
}
