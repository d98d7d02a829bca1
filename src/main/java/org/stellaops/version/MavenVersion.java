// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * A version read by {@link MavenScheme}, ordered as Maven orders it.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 1.0} and
 * {@code 1.0.0} compare as equal but are not {@code equals}, which compares the text.
 */
public final class MavenVersion implements Comparable<MavenVersion> {

    private final String text;
    private final ComparableVersion comparable;

    MavenVersion(String text, ComparableVersion comparable) {
        this.text = text;
        this.comparable = comparable;
    }

    /** The string as it was parsed. */
    public String text() {
        return text;
    }

    @Override
    public int compareTo(MavenVersion other) {
        return comparable.compareTo(other.comparable);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MavenVersion that && text.equals(that.text);
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
