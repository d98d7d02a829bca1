// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Globs matched without a regex (one {@code *}, or {@code *text*}) against a plain
 * backtracking matcher written here as the reference: 12 patterns by 14 texts.
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
    void prefixAndSuffixDoNotOverlap() {
        assertThat(Glob.compile("ab*ba").matches("aba")).isFalse();
        assertThat(Glob.compile("ab*ba").matches("abba")).isTrue();
    }

    @Test
    void missingValueNeverMatches() {
        assertThat(Glob.compile("*").matches(null)).isFalse();
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
