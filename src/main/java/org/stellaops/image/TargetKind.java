// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a scan target is; the names are those of {@code --input-type}. */
public enum TargetKind {
    SBOM("sbom"),
    DOCKER_ARCHIVE("docker-archive"),
    OCI("oci"),
    ROOTFS("rootfs"),
    DIR("dir"),
    IMAGE("image");

    private final String optionName;

    TargetKind(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    /** Whether {@link ImageSources} can open a target of this kind. */
    public boolean isImage() {
        return this == DOCKER_ARCHIVE || this == OCI || this == IMAGE;
    }

    public static TargetKind fromOption(String name) {
        for (TargetKind kind : values()) {
            if (kind.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown input type '" + name + "'; expected one of "
                + Arrays.stream(values()).map(TargetKind::optionName)
                .collect(Collectors.joining(", ")));
    }
}
