// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.time.Duration;

/**
 * What a token of Stella's own must say to be accepted: the issuer ({@code iss}) and audience
 * ({@code aud}) it was made for, and how far the clocks of issuer and verifier may disagree
 * ({@code leeway}, applied to {@code exp}, {@code nbf} and {@code iat}).
 */
public record TokenRules(String issuer, String audience, Duration leeway) {

    public static final String DEFAULT_ISSUER = "stella-ops";
    public static final String DEFAULT_AUDIENCE = "stella-api";
    /** Two minutes: NTP-synchronised hosts stay well within it, a wrong time zone does not. */
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(120);

    public TokenRules {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("tokens need an issuer and an audience");
        }
        if (leeway.isNegative() || leeway.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the leeway must be 0 to 10 minutes, not "
                    + leeway);
        }
    }

    public static TokenRules defaults() {
        return new TokenRules(DEFAULT_ISSUER, DEFAULT_AUDIENCE, DEFAULT_LEEWAY);
    }
}
