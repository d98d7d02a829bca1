// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Globs matched without a regex against a plain backtracking matcher written here (12
 * patterns by 14 texts), and against the regular expression that defines them over generated
 * patterns and texts: many stars, {@code ?}, regex metacharacters, line breaks, surrogate
 * pairs and lone surrogates.
 */
class PolicyGlobTest {

    private static final List<String> PATTERNS = List.of("log4j*", "*-typings", "ab*ba", "*",
            "**", "*ssl*", "pkg:npm/@types/*", "CVE-2019-100??", "a*b*c", "", "exact", "*a*b");
    private static final List<String> TEXTS = List.of("", "log4j", "log4j-core", "x-typings",
            "-typings", "aba", "abba", "ab-ba", "openssl", "libssl3", "pkg:npm/@types/node",
            "CVE-2019-10012", "a\nb\nc", "exact");

    @Test
    void plainStringMatchingAgreesWithTheGlobDefinition() {
        for (String pattern : PATTERNS) {
            Glob glob = Glob.compile(pattern);
            for (String text : TEXTS) {
                assertThat(glob.matches(text)).as("%s against %s", pattern, text)
                        .isEqualTo(reference(pattern, 0, text, 0));
            }
        }
    }

    @Test
    void chainAgreesWithTheDefiningRegexOverGeneratedPatternsAndTexts() {
        Random random = new Random(20261204L);
        int compared = 0;
        int matched = 0;
        for (int p = 0; p < 4000; p++) {
            String pattern = draw(random, PATTERN_CHARS, random.nextInt(9));
            Glob glob = Glob.compile(pattern);
            java.util.regex.Pattern regex = Glob.regexOf(pattern);
            for (int t = 0; t < 45; t++) {
                // a third fill the pattern's wildcards, so they match; a third are such a
                // text less one char, near misses that try the parts' limits
                String text = switch (t % 3) {
                    case 0 -> draw(random, TEXT_CHARS, random.nextInt(12));
                    case 1 -> filled(random, pattern);
                    default -> lessOneChar(random, filled(random, pattern));
                };
                boolean expected = regex.matcher(text).matches();
                assertThat(glob.matches(text)).as("%s against %s", escaped(pattern),
                        escaped(text)).isEqualTo(expected);
                compared++;
                matched += expected ? 1 : 0;
            }
        }
        // 180,000 comparisons, over a third of them matches
        assertThat(compared).isEqualTo(180_000);
        assertThat(matched).isGreaterThan(60_000);
    }

    @Test
    void prefixAndSuffixDoNotOverlap() {
        assertThat(Glob.compile("ab*ba").matches("aba")).isFalse();
        assertThat(Glob.compile("ab*ba").matches("abba")).isTrue();
    }

    @Test
    void missingValueNeverMatches() {
        assertThat(Glob.compile("*").matches(null)).isFalse();
    }

    private static final String[] PATTERN_CHARS = {"*", "*", "?", "a", "b", "ab", "-", ".",
        "\\E", "\n", "\uD83D\uDE00", "\uDE00", "\uD83D"};
    private static final String[] TEXT_CHARS = {"a", "b", "ab", "-", ".", "\\E", "\n", "x",
        "\uD83D\uDE00", "\uDE00", "\uD83D"};

    private static String draw(Random random, String[] alphabet, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    /** The pattern with each {@code *} and {@code ?} replaced by a random run of text. */
    private static String filled(Random random, String pattern) {
        StringBuilder text = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                text.append(draw(random, TEXT_CHARS, random.nextInt(3)));
            } else if (c == '?') {
                text.append(draw(random, TEXT_CHARS, 1));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String lessOneChar(Random random, String text) {
        if (text.isEmpty()) {
            return text;
        }
        int cut = random.nextInt(text.length());
        return text.substring(0, cut) + text.substring(cut + 1);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.toString();
    }

    private static boolean reference(String pattern, int p, String text, int t) {
        if (p == pattern.length()) {
            return t == text.length();
        }
        char c = pattern.charAt(p);
        if (c == '*') {
            for (int skip = t; skip <= text.length(); skip++) {
                if (reference(pattern, p + 1, text, skip)) {
                    return true;
                }
            }
            return false;
        }
        return t < text.length() && (c == '?' || c == text.charAt(t))
                && reference(pattern, p + 1, text, t + 1);
    }
}
