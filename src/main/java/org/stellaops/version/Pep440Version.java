// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed PEP 440 version. Its natural order is PEP 440 precedence, and equality follows that
 * order: {@code 1.0 == 1.0.0}, {@code 1.0rc1 == 1.0c1}, {@code 1.0+01 == 1.0+1}.
 *
 * <p>{@link #toString()} gives the normalized form ({@code 1.0-dev} prints {@code 1.0.dev0}).
 */
public final class Pep440Version implements Comparable<Pep440Version> {

    /** Pre-release phases in their order; "c", "pre" and "preview" are spellings of "rc". */
    enum Phase { A, B, RC }

    private static final Comparator<BigInteger> NUMBER_ORDER = Comparator.naturalOrder();
    private static final Comparator<List<Object>> LOCAL_ORDER = Pep440Version::compareLocal;

    private final BigInteger epoch;
    private final List<BigInteger> release;
    private final Phase phase;
    private final BigInteger preNumber;
    private final BigInteger post;
    private final BigInteger dev;
    private final List<Object> local;

    Pep440Version(BigInteger epoch, List<BigInteger> release, Phase phase, BigInteger preNumber,
            BigInteger post, BigInteger dev, List<Object> local) {
        this.epoch = epoch;
        this.release = List.copyOf(release);
        this.phase = phase;
        this.preNumber = preNumber;
        this.post = post;
        this.dev = dev;
        this.local = local == null ? null : List.copyOf(local);
    }

    @Override
    public int compareTo(Pep440Version other) {
        int byEpoch = epoch.compareTo(other.epoch);
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byRelease = compareNumbers(significantRelease(), other.significantRelease());
        if (byRelease != 0) {
            return byRelease;
        }
        int byPre = compareNumbers(preKey(), other.preKey());
        if (byPre != 0) {
            return byPre;
        }
        // No post-release sorts below post0; no dev-release sorts above every devN.
        int byPost = Comparator.nullsFirst(NUMBER_ORDER).compare(post, other.post);
        if (byPost != 0) {
            return byPost;
        }
        int byDev = Comparator.nullsLast(NUMBER_ORDER).compare(dev, other.dev);
        if (byDev != 0) {
            return byDev;
        }
        return Comparator.nullsFirst(LOCAL_ORDER).compare(local, other.local);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pep440Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, significantRelease(), preKey(), post, dev, local);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (epoch.signum() != 0) {
            text.append(epoch).append('!');
        }
        for (int i = 0; i < release.size(); i++) {
            text.append(i == 0 ? "" : ".").append(release.get(i));
        }
        if (phase != null) {
            text.append(phase.name().toLowerCase(Locale.ROOT)).append(preNumber);
        }
        if (post != null) {
            text.append(".post").append(post);
        }
        if (dev != null) {
            text.append(".dev").append(dev);
        }
        if (local != null) {
            text.append('+');
            for (int i = 0; i < local.size(); i++) {
                text.append(i == 0 ? "" : ".").append(local.get(i));
            }
        }
        return text.toString();
    }

    /** Trailing zeros carry no weight: 1.0 and 1.0.0 are the same release. */
    private List<BigInteger> significantRelease() {
        int size = release.size();
        while (size > 1 && release.get(size - 1).signum() == 0) {
            size--;
        }
        return release.subList(0, size);
    }

    /**
     * The pre-release position as a number list. A bare dev release (1.0.dev1) sorts before
     * every pre-release of its release, so it gets the lowest rank; a final or post release sorts
     * after all of them, so it gets the highest.
     */
    private List<BigInteger> preKey() {
        if (phase != null) {
            return List.of(BigInteger.valueOf(phase.ordinal() + 1L), preNumber);
        }
        if (post == null && dev != null) {
            return List.of(BigInteger.ZERO);
        }
        return List.of(BigInteger.valueOf(Phase.values().length + 1L));
    }

    private static int compareNumbers(List<BigInteger> left, List<BigInteger> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int result = left.get(i).compareTo(right.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** Local segments: numbers above words, numbers by value, words by text; longer wins ties. */
    private static int compareLocal(List<Object> left, List<Object> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            Object l = left.get(i);
            Object r = right.get(i);
            int result;
            if (l instanceof BigInteger ln && r instanceof BigInteger rn) {
                result = ln.compareTo(rn);
            } else if (l instanceof String ls && r instanceof String rs) {
                result = ls.compareTo(rs);
            } else {
                result = l instanceof BigInteger ? 1 : -1;
            }
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    static List<Object> localSegments(String label) {
        List<Object> segments = new ArrayList<>();
        for (String part : label.toLowerCase(Locale.ROOT).split("[-_.]")) {
            boolean numeric = part.chars().allMatch(c -> c >= '0' && c <= '9');
            segments.add(numeric ? new BigInteger(part) : part);
        }
        return segments;
    }
}
