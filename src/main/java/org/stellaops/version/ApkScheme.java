// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.stellaops.version.ApkVersion.Kind;
import org.stellaops.version.ApkVersion.Suffix;
import org.stellaops.version.ApkVersion.Token;

/**
 * apk versions, as apk-tools reads them for Alpine, Wolfi and Chainguard:
 * {@code 1.2.3a_rc1_p2~0a1b2c-r4}. Dot-separated numbers, one optional lowercase letter, any
 * number of suffixes ({@code _alpha _beta _pre _rc} sort before the release, {@code _cvs _svn
 * _git _hg _p} after), each with an optional number, an optional {@code ~} commit hash and an
 * optional {@code -rN} revision.
 *
 * <p>Strings apk-tools would flag as invalid (such as {@code 1.0bc} or Debian's {@code 1.0-1})
 * are rejected rather than ordered by apk's text fallback. Exactly one instance,
 * {@link #INSTANCE}.
 */
public final class ApkScheme implements VersionScheme<ApkVersion> {

    public static final ApkScheme INSTANCE = new ApkScheme();

    private ApkScheme() {
    }

    @Override
    public String id() {
        return "apk";
    }

    @Override
    public ApkVersion parse(String text) throws InvalidVersionException {
        Reader reader = new Reader(text);
        List<Token> tokens = new ArrayList<>();
        tokens.add(reader.digits(Kind.INITIAL_DIGIT, "the version must start with a number"));
        while (!reader.atEnd()) {
            tokens.add(reader.next(tokens.get(tokens.size() - 1).kind()));
        }
        return new ApkVersion(text, tokens);
    }

    /** Reads one token at a time; each token kind may only follow an earlier-or-equal kind. */
    private final class Reader {

        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position == text.length();
        }

        Token next(Kind previous) throws InvalidVersionException {
            char c = text.charAt(position);
            if (c >= 'a' && c <= 'z' && previous.compareTo(Kind.DIGIT) <= 0) {
                position++;
                return new Token(Kind.LETTER, String.valueOf(c), null, null);
            }
            if (c == '.' && previous.compareTo(Kind.DIGIT) <= 0) {
                position++;
                return digits(Kind.DIGIT, "a '.' must be followed by a number");
            }
            if (c >= '0' && c <= '9' && previous == Kind.SUFFIX) {
                return digits(Kind.SUFFIX_NUMBER, "a suffix number must be digits");
            }
            if (c == '_' && previous.compareTo(Kind.SUFFIX_NUMBER) <= 0) {
                position++;
                return suffix();
            }
            if (c == '~' && previous.compareTo(Kind.COMMIT_HASH) < 0) {
                position++;
                return commitHash();
            }
            if (text.startsWith("-r", position) && previous.compareTo(Kind.REVISION) < 0) {
                position += 2;
                return digits(Kind.REVISION, "'-r' must be followed by a revision number");
            }
            throw invalid("unexpected '" + c + "' at offset " + position
                    + "; expected digit{.digit}[letter][_suffix[N]]...[~hash][-rN]");
        }

        Token digits(Kind kind, String whenMissing) throws InvalidVersionException {
            String run = take(ch -> ch >= '0' && ch <= '9');
            if (run.isEmpty()) {
                throw invalid(whenMissing);
            }
            return new Token(kind, run, new BigInteger(run), null);
        }

        private Token suffix() throws InvalidVersionException {
            String name = take(ch -> ch >= 'a' && ch <= 'z');
            try {
                if (name.isEmpty() || name.equals("none")) {
                    throw new IllegalArgumentException(name);
                }
                Suffix suffix = Suffix.valueOf(name.toUpperCase(Locale.ROOT));
                return new Token(Kind.SUFFIX, name, null, suffix);
            } catch (IllegalArgumentException unknown) {
                throw invalid("unknown suffix '_" + name
                        + "'; apk knows _alpha _beta _pre _rc _cvs _svn _git _hg _p");
            }
        }

        private Token commitHash() throws InvalidVersionException {
            String hash = take(ch -> Character.digit(ch, 16) >= 0 && ch < 0x80);
            if (hash.isEmpty()) {
                throw invalid("'~' must be followed by a hexadecimal commit hash");
            }
            return new Token(Kind.COMMIT_HASH, hash, null, null);
        }

        private String take(IntPredicate accepted) {
            int start = position;
            while (position < text.length() && accepted.test(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        private InvalidVersionException invalid(String reason) {
            return new InvalidVersionException(id(), text, reason);
        }
    }
}
