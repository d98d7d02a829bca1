// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a verified token's claims and roles into a caller of kind {@code OIDC}. Pure: it
 * trusts its input, which the OIDC verification has checked. Guarantees: scopes are only ever
 * a subset of {@link Scopes#ALL} (unknown names are dropped, never passed on); the quota key
 * is a SHA-256 of issuer and subject, never the plain subject; a token without {@code iss} or
 * {@code sub} is refused (401), since nothing could be counted against it.
 */
final class ClaimMapping {

    private final OidcMappingConfig config;

    ClaimMapping(OidcMappingConfig config) {
        this.config = config;
    }

    /** The caller a verified token stands for. */
    Caller callerOf(Function<String, Object> claims, Set<String> roles) {
        String issuer = text(claims.apply("iss"));
        String subject = text(claims.apply("sub"));
        if (issuer == null || subject == null) {
            throw new AccessDenied(401, "the identity provider's token has no issuer or subject");
        }
        return new Caller(Caller.Kind.OIDC, subject, tierOf(claims, roles),
                scopesOf(claims, roles), quotaKey(issuer, subject));
    }

    String tierOf(Function<String, Object> claims, Set<String> roles) {
        String named = text(claims.apply(config.tierClaim()));
        if (named != null) {
            return named;
        }
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<String, String> entry : config.tiers().entrySet()) {
            if (roles.contains(entry.getKey())) {
                mapped.add(entry.getValue().strip());
            }
        }
        for (String tier : config.tierPrecedence()) {
            if (mapped.contains(tier)) {
                return tier;
            }
        }
        // roles mapped only to tiers the precedence list leaves out: the first by name
        return mapped.isEmpty() ? config.defaultTier() : mapped.iterator().next();
    }

    Set<String> scopesOf(Function<String, Object> claims, Set<String> roles) {
        Set<String> granted = new TreeSet<>(words(claims.apply(config.scopeClaim())));
        config.defaultScopes().ifPresent(granted::addAll);
        config.scopes().forEach((role, scopes) -> {
            if (roles.contains(role)) {
                scopes.forEach(scope -> granted.add(scope.strip()));
            }
        });
        granted.retainAll(Scopes.ALL);
        return granted;
    }

    /** A hex SHA-256 of issuer and subject, separated by a byte neither can hold. */
    static String quotaKey(String issuer, String subject) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(issuer.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(subject.getBytes(StandardCharsets.UTF_8));
            return "oidc:" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A claim's words: a space-separated string, or the strings of an array. */
    private static List<String> words(Object claim) {
        List<String> words = new ArrayList<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> {
                String word = text(value);
                if (word != null) {
                    words.add(word);
                }
            });
        } else if (text(claim) != null) {
            words.addAll(List.of(text(claim).split("\\s+")));
        }
        return words;
    }

    /** A claim as a non-blank string, or null. */
    private static String text(Object claim) {
        Object value = claim instanceof JsonString json ? json.getString() : claim;
        if (value instanceof String string && !string.isBlank()) {
            return string.strip();
        }
        return null;
    }
}
