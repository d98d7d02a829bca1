// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.stellaops.auth.BearerTokens;
import org.stellaops.auth.Client;
import org.stellaops.auth.ExternalTokens;
import org.stellaops.auth.TokenIssuer;
import org.stellaops.auth.TokenKeySource;
import org.stellaops.auth.TokenRules;
import org.stellaops.auth.TokenVerifier;
import org.stellaops.store.RevokedTokenStore;

/**
 * The server's access settings, read once at start-up (docs/access.md): token keys (made in
 * {@code stella.auth.keys-dir} on first start when none is configured), issuer, audience,
 * leeway, access-token lifetime and the clients of the configuration
 * ({@code stella.auth.clients.ID.secret-hash|tier|scopes}). A key or client that does not
 * read fails start-up: a server must not run with an access configuration it misread.
 */
@ApplicationScoped
@Startup
public class AuthSettings {

    private static final String CLIENTS = "stella.auth.clients.";

    @Inject
    Config config;
    @Inject
    RevokedTokenStore revoked;
    @Inject
    Workers workers;
    @Inject
    @All
    List<ExternalTokens> external;

    private TokenIssuer issuer;
    private BearerTokens bearer;
    private TokenRules rules;
    private Duration accessLifetime;
    private Map<String, Client> clients;

    @PostConstruct
    void load() {
        rules = new TokenRules(value("stella.auth.issuer").orElse(TokenRules.DEFAULT_ISSUER),
                value("stella.auth.audience").orElse(TokenRules.DEFAULT_AUDIENCE),
                Duration.ofSeconds(config.getOptionalValue("stella.auth.leeway-seconds",
                        Long.class).orElse(TokenRules.DEFAULT_LEEWAY.toSeconds())));
        accessLifetime = Duration.ofSeconds(config.getOptionalValue(
                "stella.auth.access-token-seconds", Long.class).orElse(900L));
        TokenKeySource source = new TokenKeySource(value("stella.auth.signing-key")
                .map(Path::of).orElse(null), value("stella.auth.signing-key-id").orElse(null),
                value("stella.auth.verification-keys").map(AuthSettings::paths)
                        .orElse(List.of()),
                value("stella.auth.keys-dir").map(Path::of).orElse(Path.of(
                        System.getProperty("user.home"), ".stella", "auth-keys")));
        TokenKeySource.Loaded loaded = source.load();
        if (loaded.generated()) {
            Log.infof("no token signing key configured (stella.auth.signing-key): created a "
                    + "key pair (kid: %s, dir: %s)", loaded.keys().signingKeyId(),
                    source.keysDir());
        }
        issuer = new TokenIssuer(loaded.keys(), rules);
        bearer = new BearerTokens(external, new TokenVerifier(loaded.keys(), rules),
                rules.leeway(), revoked, workers.pool());
        clients = readClients();
        Log.infof("access tokens ready (issuer: %s, signing kid: %s, trusted kids: %s, "
                + "configured clients: %s, external issuers: %d)", rules.issuer(),
                loaded.keys().signingKeyId(), loaded.keys().verificationKeys().keySet(),
                clients.keySet(), external.size());
    }

    private Map<String, Client> readClients() {
        TreeSet<String> ids = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(CLIENTS)) {
                String rest = name.substring(CLIENTS.length());
                int dot = rest.lastIndexOf('.');
                if (dot > 0) {
                    ids.add(rest.substring(0, dot));
                }
            }
        }
        Map<String, Client> found = new TreeMap<>();
        for (String id : ids) {
            String prefix = CLIENTS + id + ".";
            String hash = value(prefix + "secret-hash").orElseThrow(() ->
                    new IllegalArgumentException(prefix + "secret-hash is not set"));
            found.put(id, new Client(id, hash, value(prefix + "tier").orElse("free"),
                    new TreeSet<>(value(prefix + "scopes").map(AuthSettings::list)
                            .orElse(List.of("scan:read", "scan:write", "policy:preview")))));
        }
        return Map.copyOf(found);
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static List<Path> paths(String value) {
        return list(value).stream().map(Path::of).toList();
    }

    public TokenIssuer issuer() {
        return issuer;
    }

    public BearerTokens bearer() {
        return bearer;
    }

    public TokenRules rules() {
        return rules;
    }

    public Duration accessLifetime() {
        return accessLifetime;
    }

    /** The clients of the configuration, by id; the admin API cannot change these. */
    public Map<String, Client> configuredClients() {
        return clients;
    }
}
