// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

/**
 * The stages of a scan, in order. {@code unpack} runs only for images and layer-based scans;
 * the VEX/policy and attest stages join this list when they are built.
 */
public enum Stage {
    UNPACK("unpack"),
    SBOM("sbom"),
    MATCH("match"),
    REPORT("report");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name used in events, timings and metrics. */
    public String label() {
        return label;
    }
}
