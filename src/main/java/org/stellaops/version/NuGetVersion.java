// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed NuGet version: four numbers (legacy {@code 1.2.3.4} keeps its fourth), release labels
 * and ignored build metadata. Natural order and equality follow NuGet's default comparer, so
 * {@code 1.0 == 1.0.0.0} and {@code 1.0.0-BETA == 1.0.0-beta+meta}.
 */
public final class NuGetVersion implements Comparable<NuGetVersion> {

    private final int[] numbers;
    private final List<String> labels;
    private final List<Comparable<?>> labelKeys;
    private final String metadata;

    NuGetVersion(int[] numbers, List<String> labels, String metadata) {
        this.numbers = numbers.clone();
        this.labels = List.copyOf(labels);
        this.labelKeys = labels.stream().map(NuGetVersion::labelKey).toList();
        this.metadata = metadata;
    }

    public boolean isPrerelease() {
        return !labels.isEmpty();
    }

    @Override
    public int compareTo(NuGetVersion other) {
        for (int i = 0; i < numbers.length; i++) {
            int result = Integer.compare(numbers[i], other.numbers[i]);
            if (result != 0) {
                return result;
            }
        }
        if (labelKeys.isEmpty() || other.labelKeys.isEmpty()) {
            // A release sorts after every pre-release of the same numbers.
            return Boolean.compare(labelKeys.isEmpty(), other.labelKeys.isEmpty());
        }
        for (int i = 0; i < Math.min(labelKeys.size(), other.labelKeys.size()); i++) {
            int result = compareLabel(labelKeys.get(i), other.labelKeys.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(labelKeys.size(), other.labelKeys.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NuGetVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(numbers), labelKeys);
    }

    /** The normalized form: three numbers, the fourth only when it is not zero. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(numbers[0]).append('.').append(numbers[1]).append('.').append(numbers[2]);
        if (numbers[3] != 0) {
            text.append('.').append(numbers[3]);
        }
        if (!labels.isEmpty()) {
            text.append('-').append(String.join(".", labels));
        }
        if (!metadata.isEmpty()) {
            text.append('+').append(metadata);
        }
        return text.toString();
    }

    /**
     * NuGet compares a label as a number when {@code int.TryParse} accepts it, else as text
     * ignoring case. That makes "-1" the number minus one, and a label beyond the int range
     * text; both are kept so that ranges agree with NuGet's own resolver.
     */
    private static Comparable<?> labelKey(String label) {
        try {
            return Integer.parseInt(label);
        } catch (NumberFormatException notAnInt) {
            return label.toUpperCase(Locale.ROOT);
        }
    }

    private static int compareLabel(Comparable<?> left, Comparable<?> right) {
        if (left instanceof Integer l && right instanceof Integer r) {
            return Integer.compare(l, r);
        }
        if (left instanceof String l && right instanceof String r) {
            return l.compareTo(r);
        }
        // Numeric labels sort before alphanumeric ones.
        return left instanceof Integer ? -1 : 1;
    }
}
