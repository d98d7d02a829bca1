// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems versions with {@code Gem::Version} semantics: the string is split into runs of digits
 * and runs of letters; any letter run makes a prerelease that sorts before the release;
 * trailing zero segments are ignored; a '-' reads as ".pre.". A blank string is version "0",
 * as in RubyGems.
 *
 * <p>Exactly one instance, {@link #INSTANCE}.
 */
public final class RubyGemsScheme implements VersionScheme<RubyGemsVersion> {

    public static final RubyGemsScheme INSTANCE = new RubyGemsScheme();

    // Gem::Version's accepted shape. Atomic and possessive groups keep long inputs linear.
    private static final Pattern SHAPE = Pattern.compile("\\s*+([0-9]++(?>\\.[0-9a-zA-Z]++)*+"
            + "(?>-[0-9A-Za-z-]++(?>\\.[0-9A-Za-z-]++)*+)?+)?\\s*+");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");

    private RubyGemsScheme() {
    }

    @Override
    public String id() {
        return "rubygems";
    }

    @Override
    public RubyGemsVersion parse(String text) throws InvalidVersionException {
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw new InvalidVersionException(id(), text, "expected digits, then '.'-separated "
                    + "letters and digits, optionally a '-' prerelease (Gem::Version)");
        }
        String version = shape.group(1) == null ? "0" : shape.group(1).replace("-", ".pre.");
        return new RubyGemsVersion(version, canonicalSegments(version));
    }

    /** Splits into numbers and words, then drops trailing zeros of each part. */
    private static List<Object> canonicalSegments(String version) {
        List<Object> release = new ArrayList<>();
        List<Object> prerelease = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(version);
        while (segment.find()) {
            String run = segment.group();
            boolean word = Character.isLetter(run.charAt(0));
            if (word || !prerelease.isEmpty()) {
                prerelease.add(word ? run : new BigInteger(run));
            } else {
                release.add(new BigInteger(run));
            }
        }
        dropTrailingZeros(release);
        dropTrailingZeros(prerelease);
        release.addAll(prerelease);
        return release;
    }

    private static void dropTrailingZeros(List<Object> segments) {
        while (!segments.isEmpty() && BigInteger.ZERO.equals(segments.get(segments.size() - 1))) {
            segments.remove(segments.size() - 1);
        }
    }
}
