// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import io.github.nscuro.versatile.version.RpmVersion;

/**
 * A version read by {@link RpmScheme}, ordered by epoch, then version, then release.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 2.0} and
 * {@code 0:2_0} compare as equal but are not {@code equals}, which compares the text.
 */
public final class RpmPackageVersion implements Comparable<RpmPackageVersion> {

    private final String text;
    private final int epoch;
    private final RpmSegments version;
    private final RpmSegments release;

    /** Splits versatile's parts once; comparing never parses again. */
    RpmPackageVersion(String text, RpmVersion parsed) {
        this.text = text;
        this.epoch = parsed.epoch();
        this.version = RpmSegments.split(parsed.version());
        this.release = RpmSegments.split(parsed.release());
    }

    /** The string as it was parsed. */
    public String text() {
        return text;
    }

    @Override
    public int compareTo(RpmPackageVersion other) {
        if (epoch != other.epoch) {
            return Integer.compare(epoch, other.epoch);
        }
        int byVersion = version.compareTo(other.version);
        return byVersion != 0 ? byVersion : release.compareTo(other.release);
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
