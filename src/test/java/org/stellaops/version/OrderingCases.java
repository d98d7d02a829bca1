// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** Turns version lists written in order into test cases, and checks a pair both ways round. */
final class OrderingCases {

    private OrderingCases() {
    }

    /** Every (lower, higher) pair of a list written in strictly ascending order. */
    static Stream<Arguments> ascending(String... versions) {
        return IntStream.range(0, versions.length).boxed()
                .flatMap(i -> IntStream.range(i + 1, versions.length)
                        .mapToObj(j -> Arguments.of(versions[i], versions[j])));
    }

    /** Every pair of a group of versions that all have the same precedence. */
    static Stream<Arguments> allEqual(String... versions) {
        return IntStream.range(0, versions.length).boxed()
                .flatMap(i -> IntStream.range(i, versions.length)
                        .mapToObj(j -> Arguments.of(versions[i], versions[j])));
    }

    static void assertBefore(VersionScheme<?> scheme, String lower, String higher)
            throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).as("%s < %s", lower, higher).isNegative();
        assertThat(scheme.compare(higher, lower)).as("%s > %s", higher, lower).isPositive();
    }

    static void assertSamePrecedence(VersionScheme<?> scheme, String left, String right)
            throws InvalidVersionException {
        assertThat(scheme.compare(left, right)).as("%s == %s", left, right).isZero();
        assertThat(scheme.compare(right, left)).as("%s == %s", right, left).isZero();
    }
}
