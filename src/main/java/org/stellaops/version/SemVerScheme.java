// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Objects;

import org.semver4j.Semver;

/**
 * SemVer 2.0.0 precedence: npm, crates.io, Hex, Pub and the OSV {@code SEMVER} range type.
 *
 * <p>Exactly one instance, shared by every caller. Build metadata is kept in the text but ignored
 * when ordering. A single leading lowercase {@code v} is accepted: OSV forbids it in ranges, but
 * SBOMs and tags often carry it and dropping it loses nothing.
 *
 * <p>Numeric parts above 2<sup>31</sup>-1 are rejected because semver4j keeps them as
 * {@code int}; npm itself stops at 2<sup>53</sup>-1 and no advisory in our corpus comes close.
 */
public final class SemVerScheme implements VersionScheme<SemanticVersion> {

    public static final SemVerScheme INSTANCE = new SemVerScheme();

    private SemVerScheme() {
    }

    @Override
    public String id() {
        return "semver";
    }

    @Override
    public SemanticVersion parse(String text) throws InvalidVersionException {
        Objects.requireNonNull(text, "text");
        String bare = text.startsWith("v") ? text.substring(1) : text;

        // semver4j would quietly strip a second "v" and surrounding blanks; the SemVer grammar has
        // neither, so a string carrying them comes from a producer we should not second-guess.
        if (bare.isEmpty() || !isAsciiDigit(bare.charAt(0))) {
            throw invalid(text, "must start with a number, optionally after one 'v'");
        }
        if (bare.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(text, "contains whitespace");
        }

        Semver semver = Semver.parse(bare);
        if (semver == null) {
            throw invalid(text, "not MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], numbers int-sized");
        }
        return new SemanticVersion(text, semver);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
