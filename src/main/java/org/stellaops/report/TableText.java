// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.Locale;
import org.stellaops.severity.SeverityLevel;

/**
 * Text and ANSI styling for the terminal table.
 *
 * <p>Every value shown comes from an SBOM or an advisory, both untrusted, so {@link #clean}
 * replaces control characters (an ESC could rewrite the terminal, a newline forge a row) and
 * bidirectional overrides (which reorder what is seen) before anything is printed.
 *
 * <p>Known shortcoming: widths are counted in UTF-16 units, so a row holding East Asian wide
 * characters or combining marks is misaligned; measuring display width needs a wcwidth table.
 */
final class TableText {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private TableText() {
    }

    /** {@code value} safe to print on one terminal line; "-" for null. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || isBidiControl(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** At most {@code width} characters, ending in "..." when cut. */
    static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int cut = Math.max(0, width - 3);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "...";
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Wraps already padded text in the level's colour; unknown and none stay plain. */
    static String colourSeverity(String text, SeverityLevel level, boolean colour) {
        String code = switch (level) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            default -> null;
        };
        return colour && code != null ? code + text + RESET : text;
    }

    static String bold(String text, boolean colour) {
        return colour ? BOLD + text + RESET : text;
    }

    /** "1 package", "2 packages". */
    static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String lower(SeverityLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
