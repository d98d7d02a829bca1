// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.regex.Pattern;

/**
 * A shell-style pattern, compiled once when the policy is: {@code *} matches any run of
 * characters (also none, also {@code /}), {@code ?} exactly one, everything else itself. A
 * pattern without wildcards is compared as a plain string, the common case for ids.
 */
final class Glob {

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    static Glob compile(String pattern) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return new Glob(pattern, null);
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
        return new Glob(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    boolean matches(String text) {
        if (text == null) {
            return false;
        }
        return regex == null ? pattern.equals(text) : regex.matcher(text).matches();
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
