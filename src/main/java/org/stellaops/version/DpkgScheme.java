// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Objects;

/**
 * Debian package versions, {@code [epoch:]upstream[-revision]}, ordered as {@code dpkg} orders
 * them: Debian and Ubuntu.
 *
 * <p>Exactly one instance, shared by every caller. Parsing follows dpkg's own rules: blanks
 * around the string are dropped, the epoch runs to the first colon, the revision starts after the
 * last hyphen, and an empty revision ({@code 1.0-}) is allowed. Two of dpkg's warnings are
 * decided here:
 *
 * <ul>
 *   <li>an upstream part that does not start with a digit ({@code abc3}) is <em>accepted</em>:
 *       dpkg compares it without trouble, and old archive packages carry such versions;
 *   <li>characters other than ASCII letters, digits and {@code . + ~ - :} (upstream) or
 *       {@code . + ~} (revision) are <em>rejected</em>: no archive can hold them, so such a
 *       string is a mangled or non-Debian version and ordering it would only hide the mistake.
 * </ul>
 *
 * <p>We do not wrap versatile's DebianVersion: it reads every digit run as an {@code int} and
 * throws from {@code compareTo} on snapshot versions such as {@code 0.0~git20230101123456}.
 */
public final class DpkgScheme implements VersionScheme<DpkgVersion> {

    public static final DpkgScheme INSTANCE = new DpkgScheme();

    private DpkgScheme() {
    }

    @Override
    public String id() {
        return "dpkg";
    }

    @Override
    public DpkgVersion parse(String text) throws InvalidVersionException {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw invalid(text, "empty");
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(text, "contains embedded whitespace");
        }

        int colon = trimmed.indexOf(':');
        int epoch = colon < 0 ? 0 : parseEpoch(text, trimmed.substring(0, colon));
        String rest = trimmed.substring(colon + 1);

        int hyphen = rest.lastIndexOf('-');
        String upstream = hyphen < 0 ? rest : rest.substring(0, hyphen);
        String revision = hyphen < 0 ? "" : rest.substring(hyphen + 1);
        if (upstream.isEmpty()) {
            throw invalid(text, "upstream version is empty");
        }
        requireCharacters(text, upstream, ".+~-:", "upstream version");
        requireCharacters(text, revision, ".+~", "revision");
        return new DpkgVersion(text, epoch, upstream, revision);
    }

    private int parseEpoch(String text, String epoch) throws InvalidVersionException {
        if (epoch.isEmpty() || !epoch.chars().allMatch(DpkgScheme::isAsciiDigit)) {
            throw invalid(text, "epoch is not a non-negative number");
        }
        try {
            return Integer.parseInt(epoch);
        } catch (NumberFormatException e) {
            throw invalid(text, "epoch is too big");
        }
    }

    private void requireCharacters(String text, String part, String punctuation, String what)
            throws InvalidVersionException {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isAsciiDigit(c) && !isAsciiLetter(c) && punctuation.indexOf(c) < 0) {
                throw invalid(text, "invalid character '" + c + "' in " + what);
            }
        }
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
