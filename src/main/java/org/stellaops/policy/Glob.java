// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A shell-style pattern, compiled once when the policy is: {@code *} matches any run of
 * characters (also none, also {@code /}), {@code ?} exactly one, everything else itself. The
 * definition is the regular expression {@link #regexOf} makes; a pattern without wildcards is
 * compared as a plain string, the common case for ids.
 *
 * <p>A pattern with wildcards is cut at its stars into a head, a tail and the parts between,
 * and matched by a chain of plain tests: the head must start the text, the tail end it, and
 * each middle part occur, leftmost, after the one before (leftmost is enough: a later part
 * then has the most text left to be found in). A regex match costs several times as much
 * per finding. Where chars and code points part ways the regex decides: a pattern holding a
 * surrogate is matched by it always, a text holding one by it when the pattern has a
 * {@code ?} (which the regex lets take a whole surrogate pair). Without {@code ?} and
 * surrogates in the pattern, every part starts and ends on a code point of the text, so the
 * chain and the regex agree ({@code PolicyGlobTest} checks both over generated texts).
 */
final class Glob {

    private final String pattern;
    /** Null for a pattern without wildcards. */
    private final String head;
    private final String tail;
    private final String[] middles;
    private final boolean anyChar;
    /** For the cases the chain leaves to it (see the class doc), else null. */
    private final Pattern regex;
    private final boolean regexOnly;

    private Glob(String pattern, String head, String tail, String[] middles, boolean anyChar,
            Pattern regex, boolean regexOnly) {
        this.pattern = pattern;
        this.head = head;
        this.tail = tail;
        this.middles = middles;
        this.anyChar = anyChar;
        this.regex = regex;
        this.regexOnly = regexOnly;
    }

    static Glob compile(String pattern) {
        boolean anyChar = pattern.indexOf('?') >= 0;
        int star = pattern.indexOf('*');
        if (!anyChar && star < 0) {
            return new Glob(pattern, null, null, null, false, null, false);
        }
        boolean surrogates = hasSurrogate(pattern);
        Pattern regex = anyChar || surrogates ? regexOf(pattern) : null;
        if (star < 0) {
            // only ? wildcards: a head that is the whole pattern, no tail to find
            return new Glob(pattern, pattern, null, new String[0], true, regex, surrogates);
        }
        String[] parts = pattern.split("\\*", -1);
        List<String> middles = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                middles.add(parts[i]);
            }
        }
        return new Glob(pattern, parts[0], parts[parts.length - 1],
                middles.toArray(new String[0]), anyChar, regex, surrogates);
    }

    /** The definition: {@code *} as {@code .*}, {@code ?} as {@code .}, the rest quoted. */
    static Pattern regexOf(String pattern) {
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
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    boolean matches(String text) {
        if (text == null) {
            return false;
        }
        if (head == null) {
            return pattern.equals(text);
        }
        if (regexOnly || anyChar && hasSurrogate(text)) {
            return regex.matcher(text).matches();
        }
        if (tail == null) {
            return text.length() == head.length() && at(text, 0, head);
        }
        // the tail's place is fixed; the head must end before it, so the two never overlap
        int end = text.length() - tail.length();
        if (end < head.length() || !at(text, 0, head) || !at(text, end, tail)) {
            return false;
        }
        int from = head.length();
        for (String middle : middles) {
            int found = find(text, middle, from, end);
            if (found < 0) {
                return false;
            }
            from = found + middle.length();
        }
        return true;
    }

    String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Where {@code part} first occurs in {@code text[from, end)}, or -1. */
    private int find(String text, String part, int from, int end) {
        int last = end - part.length();
        if (!anyChar) {
            int found = text.indexOf(part, from);
            return found <= last ? found : -1;
        }
        for (int i = from; i <= last; i++) {
            if (at(text, i, part)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code part} (its {@code ?} any char) stands in {@code text} at {@code offset}. */
    private boolean at(String text, int offset, String part) {
        if (!anyChar) {
            return text.startsWith(part, offset);
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != '?' && c != text.charAt(offset + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void appendLiteral(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
