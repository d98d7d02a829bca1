// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NuGet versions as NuGet.Versioning's {@code NuGetVersion.Parse} reads them: SemVer 2.0 plus
 * legacy versions of one to four numbers, missing numbers read as zero, leading zeros allowed in
 * the numbers, release labels compared without case and build metadata ignored.
 *
 * <p>No leading {@code v}: NuGet rejects {@code v1.0}, and so does this scheme. Exactly one
 * instance, {@link #INSTANCE}.
 */
public final class NuGetScheme implements VersionScheme<NuGetVersion> {

    public static final NuGetScheme INSTANCE = new NuGetScheme();

    private static final int MAX_NUMBERS = 4;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z-]+");

    private NuGetScheme() {
    }

    @Override
    public String id() {
        return "nuget";
    }

    @Override
    public NuGetVersion parse(String text) throws InvalidVersionException {
        String trimmed = UnicodeSpace.strip(text);
        if (trimmed.isEmpty()) {
            throw invalid(text, "the version is empty");
        }
        if (trimmed.charAt(0) == 'v' || trimmed.charAt(0) == 'V') {
            throw invalid(text, "NuGet does not accept a leading 'v'");
        }

        // Metadata follows the first '+'; before it, labels follow the first '-'.
        int plus = trimmed.indexOf('+');
        String beforeMetadata = plus < 0 ? trimmed : trimmed.substring(0, plus);
        String metadata = plus < 0 ? "" : trimmed.substring(plus + 1);
        int dash = beforeMetadata.indexOf('-');

        String numberText = dash < 0 ? beforeMetadata : beforeMetadata.substring(0, dash);
        String labelText = dash < 0 ? null : beforeMetadata.substring(dash + 1);

        int[] numbers = readNumbers(text, numberText);
        List<String> labels = labelText == null ? List.of() : readLabels(text, labelText);
        if (plus >= 0) {
            checkMetadata(text, metadata);
        }
        return new NuGetVersion(numbers, labels, metadata);
    }

    private int[] readNumbers(String text, String dotted) throws InvalidVersionException {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length > MAX_NUMBERS) {
            throw invalid(text, "more than four version numbers");
        }
        int[] numbers = new int[MAX_NUMBERS];
        for (int i = 0; i < parts.length; i++) {
            if (!DIGITS.matcher(parts[i]).matches()) {
                throw invalid(text, "version number '" + parts[i] + "' is not a plain decimal");
            }
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException tooLarge) {
                throw invalid(text, "version number '" + parts[i] + "' exceeds the int range");
            }
        }
        return numbers;
    }

    private List<String> readLabels(String text, String dotted) throws InvalidVersionException {
        List<String> labels = new ArrayList<>();
        for (String label : dotted.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(label).matches()) {
                throw invalid(text, "release label '" + label + "' must be [0-9A-Za-z-]+");
            }
            if (label.length() > 1 && label.startsWith("0") && DIGITS.matcher(label).matches()) {
                throw invalid(text, "numeric release label '" + label + "' has a leading zero");
            }
            labels.add(label);
        }
        return labels;
    }

    private void checkMetadata(String text, String metadata) throws InvalidVersionException {
        for (String part : metadata.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw invalid(text, "build metadata must be dot-separated [0-9A-Za-z-]+");
            }
        }
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
