// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How much each issuer is believed, and how fast a statement's weight fades.
 *
 * <p>Issuers are matched, in the order given, against glob patterns ({@code *} any run of
 * characters, case-insensitive); the first match gives the trust, else {@link #defaultWeight}.
 * A weight is a number in [0, 1] or one of the role words {@code vendor} (1.0), {@code self}
 * (0.9) and {@code third-party} (0.6), for the usual case of the product's vendor, the user's
 * own security team and anyone else.
 *
 * <p>A statement's weight halves every {@link #halfLife()} after its timestamp; a zero
 * half-life turns decay off.
 */
public final class VexTrust {

    public static final double DEFAULT_WEIGHT = 0.5;
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(180);

    /** One issuer pattern and its trust. */
    public record IssuerWeight(String pattern, double weight) {
    }

    private final List<IssuerWeight> issuers;
    private final List<Pattern> patterns = new ArrayList<>();
    private final double defaultWeight;
    private final Duration halfLife;

    public VexTrust(List<IssuerWeight> issuers, double defaultWeight, Duration halfLife) {
        this.issuers = List.copyOf(issuers);
        this.defaultWeight = defaultWeight;
        this.halfLife = halfLife;
        checkWeight(defaultWeight, "default weight");
        for (IssuerWeight entry : this.issuers) {
            checkWeight(entry.weight(), "weight of " + entry.pattern());
            patterns.add(globOf(entry.pattern()));
        }
        if (halfLife.isNegative()) {
            throw new IllegalArgumentException("VEX half-life must not be negative");
        }
    }

    public List<IssuerWeight> issuers() {
        return issuers;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    public Duration halfLife() {
        return halfLife;
    }

    public static VexTrust defaults() {
        return new VexTrust(List.of(), DEFAULT_WEIGHT, DEFAULT_HALF_LIFE);
    }

    /**
     * Reads {@code pattern=weight} entries separated by commas, as configuration gives them:
     * {@code Red Hat*=vendor, Example Corp Security=self, *Scanner*=0.3}.
     */
    public static List<IssuerWeight> parseIssuers(String spec) {
        List<IssuerWeight> entries = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return entries;
        }
        for (String entry : spec.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("VEX issuer trust '" + entry.strip()
                        + "' must read PATTERN=WEIGHT");
            }
            entries.add(new IssuerWeight(entry.substring(0, equals).strip(),
                    parseWeight(entry.substring(equals + 1).strip())));
        }
        return entries;
    }

    /** A number in [0, 1] or a role word. */
    public static double parseWeight(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "vendor":
                return 1.0;
            case "self":
                return 0.9;
            case "third-party":
                return 0.6;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("VEX trust weight '" + text + "' must be "
                            + "a number from 0 to 1, vendor, self or third-party", e);
                }
        }
    }

    /** The trust of an issuer. */
    public double trustOf(String issuer) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(issuer).matches()) {
                return issuers.get(i).weight();
            }
        }
        return defaultWeight;
    }

    private static Pattern globOf(String glob) {
        StringBuilder regex = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void checkWeight(double weight, String what) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("VEX " + what + " must be from 0 to 1, not "
                    + weight);
        }
    }
}
