// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 versions, as PyPI and pip read them: epochs, release segments, pre, post and dev
 * releases, local labels, and the spec's normalization (alternate spellings, separators,
 * implicit numbers, a leading {@code v}, case and surrounding whitespace).
 *
 * <p>Exactly one instance, {@link #INSTANCE}, shared by all callers.
 */
public final class Pep440Scheme implements VersionScheme<Pep440Version> {

    public static final Pep440Scheme INSTANCE = new Pep440Scheme();

    private static final String SEP = "[-_.]?";

    // The grammar of the PEP 440 appendix on parsing with regular expressions. Case-insensitive
    // matching is ASCII-only on purpose: a dotted capital I must not pass for an "i".
    private static final Pattern GRAMMAR = Pattern.compile("v?"
            + "(?:(?<epoch>[0-9]+)!)?"
            + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
            + "(?:" + SEP + "(?<pre>alpha|a|beta|b|preview|pre|c|rc)" + SEP + "(?<preN>[0-9]+)?)?"
            + "(?:-(?<postImplicit>[0-9]+)"
            + "|" + SEP + "(?:post|rev|r)" + SEP + "(?<postN>[0-9]+)?(?<postMark>))?"
            + "(?:" + SEP + "(?<devMark>dev)" + SEP + "(?<devN>[0-9]+)?)?"
            + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LOCAL_LABEL =
            Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*", Pattern.CASE_INSENSITIVE);

    private Pep440Scheme() {
    }

    @Override
    public String id() {
        return "pep440";
    }

    @Override
    public Pep440Version parse(String text) throws InvalidVersionException {
        String trimmed = UnicodeSpace.strip(text);
        Matcher match = GRAMMAR.matcher(trimmed);
        if (!match.matches()) {
            throw new InvalidVersionException(id(), text, explainMismatch(trimmed));
        }
        return new Pep440Version(
                number(match.group("epoch")),
                releaseOf(match.group("release")),
                phaseOf(match.group("pre")),
                number(match.group("preN")),
                postOf(match),
                match.group("devMark") == null ? null : number(match.group("devN")),
                localOf(match.group("local")));
    }

    private static BigInteger postOf(Matcher match) {
        if (match.group("postImplicit") != null) {
            return new BigInteger(match.group("postImplicit"));
        }
        return match.group("postMark") == null ? null : number(match.group("postN"));
    }

    private static List<Object> localOf(String label) {
        return label == null ? null : Pep440Version.localSegments(label);
    }

    /** An omitted number means zero: 1.0a is 1.0a0, 1.0.post is 1.0.post0. */
    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    private static List<BigInteger> releaseOf(String dotted) {
        List<BigInteger> release = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            release.add(new BigInteger(part));
        }
        return release;
    }

    private static Pep440Version.Phase phaseOf(String spelling) {
        if (spelling == null) {
            return null;
        }
        return switch (spelling.toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> Pep440Version.Phase.A;
            case "b", "beta" -> Pep440Version.Phase.B;
            default -> Pep440Version.Phase.RC;
        };
    }

    /** Names the most likely fault; the grammar itself cannot say where it stopped. */
    private static String explainMismatch(String trimmed) {
        if (trimmed.isEmpty()) {
            return "the version is empty";
        }
        if (!trimmed.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return "only printable ASCII is allowed, without spaces inside the version";
        }
        int plus = trimmed.indexOf('+');
        if (plus >= 0 && !LOCAL_LABEL.matcher(trimmed.substring(plus + 1)).matches()) {
            return "the local label after '+' must be letters and digits joined by '.', '-' or '_'";
        }
        return "expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local] as PEP 440 defines it";
    }
}
