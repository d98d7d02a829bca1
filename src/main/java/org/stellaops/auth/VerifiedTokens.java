// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims were verified, remembered until they expire so that a
 * pipeline sending one token with every request pays the ECDSA check (about a millisecond of
 * event-loop time) once. Only the verification is remembered: revocation is asked on every
 * request. Sound because the trusted keys and rules cannot change while the server runs; a
 * remembered token past its expiry (plus the leeway) is verified again, and refused. Bounded:
 * when full it is emptied, which costs only re-verification.
 */
final class VerifiedTokens {

    private static final int CAPACITY = 10_000;

    private final TokenVerifier verifier;
    private final Duration leeway;
    private final Clock clock;
    private final Map<String, TokenVerifier.Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(TokenVerifier verifier, Duration leeway, Clock clock) {
        this.verifier = verifier;
        this.leeway = leeway;
        this.clock = clock;
    }

    /** As {@link TokenVerifier#verify}, from memory when the token was verified before. */
    TokenVerifier.Verified verify(String token) {
        TokenVerifier.Verified known = remembered(token);
        if (known != null) {
            return known;
        }
        TokenVerifier.Verified fresh = verifier.verify(token);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, fresh);
        return fresh;
    }

    /** The token's earlier verification while it is still valid, or null. */
    TokenVerifier.Verified remembered(String token) {
        TokenVerifier.Verified known = verified.get(token);
        return known != null && clock.instant().isBefore(known.expiresAt().plus(leeway))
                ? known : null;
    }
}
