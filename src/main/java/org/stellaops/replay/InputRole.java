// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.util.Locale;

/**
 * What an input of a scan is; the YAML names are the lower-case names. {@code IMAGE} is an
 * image archive (docker save, OCI layout tar) scanned from a local file, kept by the digest of
 * the file (the subject's digest is the image manifest's).
 */
public enum InputRole {
    SBOM, IMAGE, VEX, POLICY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static InputRole fromYaml(String name) {
        for (InputRole role : values()) {
            if (role.yamlName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be sbom, image, vex or policy, not '"
                + name + "'");
    }
}
