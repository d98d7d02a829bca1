// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import io.github.nscuro.versatile.version.GoVersion;

/**
 * A version read by {@link GoScheme}, ordered as the Go toolchain orders module versions.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 1.2.3} and
 * {@code v1.2.3+incompatible} compare as equal but are not {@code equals}, which compares the text.
 */
public final class GoModuleVersion implements Comparable<GoModuleVersion> {

    private final String text;
    private final GoVersion version;

    GoModuleVersion(String text, GoVersion version) {
        this.text = text;
        this.version = version;
    }

    /** The string as it was parsed, with or without its leading {@code v}. */
    public String text() {
        return text;
    }

    /** True for {@code v2.0.0+incompatible}: major version 2 or later without a /vN module path. */
    public boolean isIncompatible() {
        return "+incompatible".equals(version.build());
    }

    @Override
    public int compareTo(GoModuleVersion other) {
        return version.compareTo(other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoModuleVersion that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
