// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Objects;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven's own ordering, delegated to {@link ComparableVersion} from maven-artifact, so that
 * {@code 1 == 1.0 == 1.0.0}, {@code 1-alpha < 1-beta < 1-SNAPSHOT < 1 < 1-sp < 1-1}.
 *
 * <p>Exactly one instance, shared by every caller. ComparableVersion orders any string at all;
 * we reject only what cannot be a version: empty text, whitespace, and the bracket and comma
 * characters of Maven range syntax, which mean a range was passed where a version was expected.
 */
public final class MavenScheme implements VersionScheme<MavenVersion> {

    public static final MavenScheme INSTANCE = new MavenScheme();

    private static final String RANGE_CHARACTERS = "[](),";

    private MavenScheme() {
    }

    @Override
    public String id() {
        return "maven";
    }

    @Override
    public MavenVersion parse(String text) throws InvalidVersionException {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw invalid(text, "empty");
        }
        if (text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw invalid(text, "contains whitespace or control characters");
        }
        if (text.chars().anyMatch(c -> RANGE_CHARACTERS.indexOf(c) >= 0)) {
            throw invalid(text, "looks like a version range, not a version");
        }
        return new MavenVersion(text, new ComparableVersion(text));
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
