// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

/**
 * The stages of a scan, in order. {@code unpack} runs only for images and layer-based scans;
 * {@code vex-policy} merges VEX and applies the policy; {@code attest} records the replay
 * manifest and signs the attestations.
 */
public enum Stage {
    UNPACK("unpack"),
    SBOM("sbom"),
    MATCH("match"),
    VERDICT("vex-policy"),
    REPORT("report"),
    ATTEST("attest");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name used in events, timings and metrics. */
    public String label() {
        return label;
    }
}
