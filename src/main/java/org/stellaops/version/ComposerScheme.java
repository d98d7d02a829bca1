// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packagist versions, normalized as Composer's {@code VersionParser::normalize} does (leading
 * {@code v}, four numbers, stability suffixes alpha/beta/RC/patch with their short forms, dates,
 * numeric {@code 1.x-dev} branches, build metadata dropped) and ordered by PHP's
 * {@code version_compare} on the normalized form.
 *
 * <p>Named branches ({@code dev-master}, {@code dev-feature}) are rejected: Composer itself never
 * orders them against versions, so a range bound on one has no meaning. Exactly one instance,
 * {@link #INSTANCE}.
 */
public final class ComposerScheme implements VersionScheme<ComposerVersion> {

    public static final ComposerScheme INSTANCE = new ComposerScheme();

    private static final String MODIFIER = "[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)"
            + "((?:[.-]?\\d+)*+)?)?([.-]?dev)?";
    private static final Pattern ALIAS = Pattern.compile("([^,\\s]++) ++as ++[^,\\s]++");
    private static final Pattern STABILITY_FLAG =
            Pattern.compile("@(?:stable|RC|beta|alpha|dev)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern METADATA = Pattern.compile("([^,\\s+]++)\\+[^\\s]++");
    private static final Pattern CLASSICAL = Pattern.compile(
            "v?(\\d{1,5}+)(\\.\\d++)?(\\.\\d++)?(\\.\\d++)?" + MODIFIER, Pattern.CASE_INSENSITIVE);
    private static final Pattern DATED = Pattern.compile(
            "v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})" + MODIFIER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEV_SUFFIX =
            Pattern.compile("(.*?)[.-]?dev", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_BRANCH = Pattern.compile(
            "v?(\\d++)(\\.(?:\\d++|[xX*]))?(\\.(?:\\d++|[xX*]))?(\\.(?:\\d++|[xX*]))?",
            Pattern.CASE_INSENSITIVE);

    private ComposerScheme() {
    }

    @Override
    public String id() {
        return "composer";
    }

    @Override
    public ComposerVersion parse(String text) throws InvalidVersionException {
        return new ComposerVersion(normalize(text));
    }

    /** Composer's normalized form of {@code text}, e.g. "1.0.0RC1dev" to "1.0.0.0-RC1-dev". */
    public String normalize(String text) throws InvalidVersionException {
        String version = phpTrim(text);
        if (version.isEmpty()) {
            throw invalid(text, "the version is empty");
        }
        Matcher alias = ALIAS.matcher(version);
        if (alias.matches()) {
            version = alias.group(1);
        }
        version = STABILITY_FLAG.matcher(version).replaceFirst("");
        if (isBranch(version)) {
            throw invalid(text, "a dev branch has no place in the version order; "
                    + "Composer never compares it with versions");
        }
        Matcher metadata = METADATA.matcher(version);
        if (metadata.matches()) {
            version = metadata.group(1);
        }

        Matcher classical = CLASSICAL.matcher(version);
        if (classical.matches()) {
            String numbers = classical.group(1) + orZero(classical.group(2))
                    + orZero(classical.group(3)) + orZero(classical.group(4));
            return withModifiers(numbers, classical, 5);
        }
        Matcher dated = DATED.matcher(version);
        if (dated.matches()) {
            return withModifiers(dated.group(1).replaceAll("\\D", "."), dated, 2);
        }
        String branch = numericBranch(version);
        if (branch != null) {
            return branch;
        }
        throw invalid(text, "expected a version such as 1.2.3, 1.2.3-beta2, 2010-01-02 or 1.x-dev");
    }

    private static boolean isBranch(String version) {
        return version.equals("master") || version.equals("trunk") || version.equals("default")
                || version.regionMatches(true, 0, "dev-", 0, 4);
    }

    private static String orZero(String dottedNumber) {
        return dottedNumber == null ? ".0" : dottedNumber;
    }

    /** Appends the stability ("-beta2") and dev ("-dev") suffixes from the matched groups. */
    private static String withModifiers(String numbers, Matcher match, int first) {
        String stability = match.group(first);
        String stabilityNumber = match.group(first + 1);
        String version = numbers;
        if (stability != null && !stability.isEmpty()) {
            // Only the lowercase spelling short-cuts; Composer keeps "-stable" for other cases.
            if (stability.equals("stable")) {
                return version;
            }
            version += "-" + expandStability(stability)
                    + (stabilityNumber == null ? "" : stabilityNumber.replaceFirst("^[.-]+", ""));
        }
        if (match.group(first + 2) != null && !match.group(first + 2).isEmpty()) {
            version += "-dev";
        }
        return version;
    }

    private static String expandStability(String stability) {
        return switch (stability.toLowerCase(Locale.ROOT)) {
            case "a" -> "alpha";
            case "b" -> "beta";
            case "p", "pl" -> "patch";
            case "rc" -> "RC";
            default -> stability.toLowerCase(Locale.ROOT);
        };
    }

    /** A numeric branch ("1.x-dev") stands for the tip of a line: 1.9999999.9999999.9999999-dev. */
    private static String numericBranch(String version) {
        Matcher dev = DEV_SUFFIX.matcher(version);
        if (!dev.matches()) {
            return null;
        }
        Matcher branch = NUMERIC_BRANCH.matcher(phpTrim(dev.group(1)));
        if (!branch.matches()) {
            return null;
        }
        StringBuilder normalized = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String part = branch.group(i);
            normalized.append(part == null ? ".x" : part.replace('*', 'x').replace('X', 'x'));
        }
        return normalized.toString().replace("x", "9999999") + "-dev";
    }

    /** PHP's trim(): only space, tab, newline, carriage return, NUL and vertical tab. */
    private static String phpTrim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && " \t\n\r\0\u000B".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\n\r\0\u000B".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
