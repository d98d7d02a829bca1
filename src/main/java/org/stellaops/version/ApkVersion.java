// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.List;

/**
 * A parsed apk version, kept as the token list apk-tools walks when comparing:
 * {@code digit{.digit}...{letter}{_suffix{number}}...{~hash}{-rN}}. Natural order and equality
 * are apk-tools' {@code apk_version_compare}.
 */
public final class ApkVersion implements Comparable<ApkVersion> {

    /** Token kinds in grammar order; the order also decides a tie where the lists diverge. */
    enum Kind { INITIAL_DIGIT, DIGIT, LETTER, SUFFIX, SUFFIX_NUMBER, COMMIT_HASH, REVISION, END }

    /** Suffix names in precedence order; those before {@code NONE} mark a pre-release. */
    enum Suffix { ALPHA, BETA, PRE, RC, NONE, CVS, SVN, GIT, HG, P }

    /** One token: its kind, its text, and its value where it compares as a number or suffix. */
    record Token(Kind kind, String text, BigInteger number, Suffix suffix) {

        Object equalityKey() {
            return number != null ? number : suffix != null ? suffix : text;
        }
    }

    private static final Token END = new Token(Kind.END, "", null, null);

    private final String version;
    private final List<Token> tokens;

    ApkVersion(String version, List<Token> tokens) {
        this.version = version;
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public int compareTo(ApkVersion other) {
        int i = 0;
        Token left = tokenAt(i);
        Token right = other.tokenAt(i);
        while (left.kind() == right.kind() && left.kind() != Kind.END) {
            int result = compareToken(left, right);
            if (result != 0) {
                return result;
            }
            i++;
            left = tokenAt(i);
            right = other.tokenAt(i);
        }
        if (left.kind() == right.kind()) {
            return 0;
        }

        // Same prefix, different continuation: a pre-release suffix loses to anything; otherwise
        // the side that continues with an earlier kind of token (more precision) wins.
        if (isPreReleaseSuffix(left)) {
            return -1;
        }
        if (isPreReleaseSuffix(right)) {
            return 1;
        }
        return Integer.compare(right.kind().ordinal(), left.kind().ordinal());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApkVersion apk && compareTo(apk) == 0;
    }

    @Override
    public int hashCode() {
        return tokens.stream()
                .map(token -> List.of(token.kind(), token.equalityKey()))
                .toList()
                .hashCode();
    }

    @Override
    public String toString() {
        return version;
    }

    private Token tokenAt(int index) {
        return index < tokens.size() ? tokens.get(index) : END;
    }

    private static boolean isPreReleaseSuffix(Token token) {
        return token.kind() == Kind.SUFFIX && token.suffix().compareTo(Suffix.NONE) < 0;
    }

    private static int compareToken(Token left, Token right) {
        return switch (left.kind()) {
            // A field with a leading zero compares as text, after Gentoo: 1.02 < 1.1.
            case DIGIT -> left.text().startsWith("0") || right.text().startsWith("0")
                    ? compareBytes(left.text(), right.text())
                    : left.number().compareTo(right.number());
            case INITIAL_DIGIT, SUFFIX_NUMBER, REVISION -> left.number().compareTo(right.number());
            case SUFFIX -> left.suffix().compareTo(right.suffix());
            default -> compareBytes(left.text(), right.text());
        };
    }

    /** Byte order, shorter first on a common prefix: what apk's {@code apk_blob_sort} does. */
    private static int compareBytes(String left, String right) {
        return Integer.signum(left.compareTo(right));
    }
}
