// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.regex.Pattern;

/**
 * A shell-style pattern, compiled once when the policy is: {@code *} matches any run of
 * characters (also none, also {@code /}), {@code ?} exactly one, everything else itself. A
 * pattern without wildcards is compared as a plain string, the common case for ids.
 *
 * <p>Patterns with a single {@code *} ({@code log4j*}, {@code *-typings}, {@code a*b}) or of
 * the form {@code *text*}, and no {@code ?}, are matched with plain string tests: they are
 * most patterns in practice, and a regex match costs several times as much per finding.
 */
final class Glob {

    private final String pattern;
    private final Pattern regex;
    /** For a pattern matched without regex: what must start, end or occur in the text. */
    private final String prefix;
    private final String suffix;
    private final String infix;

    private Glob(String pattern, Pattern regex, String prefix, String suffix, String infix) {
        this.pattern = pattern;
        this.regex = regex;
        this.prefix = prefix;
        this.suffix = suffix;
        this.infix = infix;
    }

    static Glob compile(String pattern) {
        int star = pattern.indexOf('*');
        if (pattern.indexOf('?') < 0) {
            if (star < 0) {
                return new Glob(pattern, null, null, null, null);
            }
            int lastStar = pattern.lastIndexOf('*');
            if (star == lastStar) {
                return new Glob(pattern, null, pattern.substring(0, star),
                        pattern.substring(star + 1), null);
            }
            String inner = pattern.substring(1, pattern.length() - 1);
            if (star == 0 && lastStar == pattern.length() - 1 && inner.indexOf('*') < 0) {
                return new Glob(pattern, null, null, null, inner);
            }
        }
        StringBuilder regex = new StringBuilder(pattern.length() + 16);
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                appendLiteral(regex, literal);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        appendLiteral(regex, literal);
        return new Glob(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL), null, null,
                null);
    }

    boolean matches(String text) {
        if (text == null) {
            return false;
        }
        if (regex != null) {
            return regex.matcher(text).matches();
        }
        if (infix != null) {
            return text.contains(infix);
        }
        if (prefix != null) {
            // the length test keeps a prefix and suffix from overlapping: "ab*ba" is not "aba"
            return text.length() >= prefix.length() + suffix.length()
                    && text.startsWith(prefix) && text.endsWith(suffix);
        }
        return pattern.equals(text);
    }

    String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static void appendLiteral(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
