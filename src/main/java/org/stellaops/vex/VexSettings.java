// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads {@link VexTrust} from configuration, the same keys for the command line and the server
 * (docs/configuration.md): {@code stella.vex.trust} ({@code PATTERN=WEIGHT, ...}),
 * {@code stella.vex.default-weight} and {@code stella.vex.half-life} (ISO 8601 such as
 * {@code P180D}, or {@code 180d}, {@code 12h}; {@code 0} turns decay off).
 */
public final class VexSettings {

    public static final String TRUST = "stella.vex.trust";
    public static final String DEFAULT_WEIGHT = "stella.vex.default-weight";
    public static final String HALF_LIFE = "stella.vex.half-life";

    private VexSettings() {
    }

    /**
     * @param value a key's configured value, or null when unset
     * @throws IllegalArgumentException naming the key when a value is not valid
     */
    public static VexTrust trustFrom(Function<String, String> value) {
        try {
            String weight = value.apply(DEFAULT_WEIGHT);
            String halfLife = value.apply(HALF_LIFE);
            return new VexTrust(VexTrust.parseIssuers(value.apply(TRUST)),
                    weight == null ? VexTrust.DEFAULT_WEIGHT : VexTrust.parseWeight(weight.strip()),
                    halfLife == null ? VexTrust.DEFAULT_HALF_LIFE : parseDuration(halfLife));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VEX configuration (" + TRUST + ", "
                    + DEFAULT_WEIGHT + ", " + HALF_LIFE + "): " + e.getMessage(), e);
        }
    }

    /** {@code P180D}, {@code PT12H}, {@code 180d}, {@code 12h} or {@code 0}. */
    public static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.equals("0")) {
                return Duration.ZERO;
            }
            if (value.endsWith("d")) {
                return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            if (value.endsWith("h") && !value.startsWith("p")) {
                return Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.parse(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("half-life '" + text + "' must read like P180D, "
                    + "180d or 12h", e);
        }
    }
}
