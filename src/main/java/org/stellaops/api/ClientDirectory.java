// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stellaops.auth.Client;
import org.stellaops.auth.ClientSecrets;
import org.stellaops.serve.AuthSettings;
import org.stellaops.store.ClientRegistry;

/**
 * Authenticates OAuth2 clients: those of the configuration first, then those of the shared
 * registry. The PBKDF2 check runs on a worker thread, never on the event loop. A secret once
 * verified is remembered (as a SHA-256, beside the stored hash it matched) so that a client
 * asking for a token every few minutes pays the slow hash once; a changed or removed client
 * no longer matches what was remembered, because the stored hash is part of the key.
 */
@ApplicationScoped
public class ClientDirectory {

    private static final int REMEMBERED = 10_000;

    @Inject
    AuthSettings auth;
    @Inject
    ClientRegistry registry;

    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    /** The client whose secret this is; fails with {@code invalid_client} otherwise. */
    public Uni<Client> authenticate(String id, String secret) {
        Client configured = auth.configuredClients().get(id);
        Uni<Client> found = configured != null ? Uni.createFrom().item(configured)
                : Client.validId(id) ? registry.find(id) : Uni.createFrom().nullItem();
        return found.chain(client -> {
            if (client == null) {
                // the same answer as a wrong secret: ids are not to be probed
                return Uni.createFrom().failure(OAuthError.invalidClient(
                        "unknown client or wrong secret"));
            }
            String key = client.id() + "\n" + client.secretHash() + "\n" + sha256(secret);
            if (verified.containsKey(key)) {
                return Uni.createFrom().item(client);
            }
            return Uni.createFrom().item(() -> ClientSecrets.matches(secret,
                    client.secretHash())).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(matches -> {
                        if (!matches) {
                            throw OAuthError.invalidClient("unknown client or wrong secret");
                        }
                        if (verified.size() >= REMEMBERED) {
                            verified.clear();
                        }
                        verified.put(key, true);
                        return client;
                    });
        });
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
