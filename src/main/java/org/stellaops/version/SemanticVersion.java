// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import org.semver4j.Semver;

/**
 * A version read by {@link SemVerScheme}, ordered by SemVer 2.0.0 precedence.
 *
 * <p>Like {@link java.math.BigDecimal}, equality is stricter than order: {@code 1.0.0+a} and
 * {@code 1.0.0+b} compare as equal but are not {@code equals}, which compares the text.
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {

    private final String text;
    private final Semver semver;

    SemanticVersion(String text, Semver semver) {
        this.text = text;
        this.semver = semver;
    }

    /** The string as it was parsed, including any leading {@code v} and build metadata. */
    public String text() {
        return text;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        // semver4j already skips build metadata and ranks numeric identifiers below alphanumeric.
        return semver.compareTo(other.semver);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion that && text.equals(that.text);
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
