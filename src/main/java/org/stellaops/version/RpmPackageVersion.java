// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import io.github.nscuro.versatile.spi.Version;

/**
 * A version read by {@link RpmScheme}, ordered by epoch, then version, then release.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 2.0} and
 * {@code 0:2_0} compare as equal but are not {@code equals}, which compares the text.
 */
public final class RpmPackageVersion implements Comparable<RpmPackageVersion> {

    private final String text;
    private final Version version;

    RpmPackageVersion(String text, Version version) {
        this.text = text;
        this.version = version;
    }

    /** The string as it was parsed. */
    public String text() {
        return text;
    }

    @Override
    public int compareTo(RpmPackageVersion other) {
        return version.compareTo(other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RpmPackageVersion that && text.equals(that.text);
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
