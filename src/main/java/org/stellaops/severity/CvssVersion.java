// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

/** The CVSS versions we score, each with the prefix its vector strings start with. */
public enum CvssVersion {
    /** CVSS v2.0; its vectors carry no prefix ("AV:N/AC:L/Au:N/C:P/I:P/A:P"). */
    V2(""),
    V3_0("CVSS:3.0/"),
    V3_1("CVSS:3.1/"),
    V4_0("CVSS:4.0/");

    private final String prefix;

    CvssVersion(String prefix) {
        this.prefix = prefix;
    }

    /** The text before the first metric, including its trailing slash; empty for v2. */
    public String prefix() {
        return prefix;
    }
}
