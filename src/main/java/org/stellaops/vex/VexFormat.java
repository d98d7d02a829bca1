// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

/** The VEX document formats read; {@link #label()} is how reports and errors name them. */
public enum VexFormat {
    OPENVEX("openvex"),
    CSAF("csaf"),
    CYCLONEDX("cyclonedx");

    private final String label;

    VexFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
