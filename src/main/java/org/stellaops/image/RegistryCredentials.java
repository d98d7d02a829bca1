// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A username and password for one registry, from the Docker client's {@code config.json}
 * ({@code auths} entries with a base64 {@code auth}, or {@code username}/{@code password}).
 * Known shortcoming: credential helpers ({@code credsStore}, {@code credHelpers}) and
 * {@code identitytoken} are not consulted; supporting them means running the helper binary.
 */
record RegistryCredentials(String username, String password) {

    private static final Set<String> DOCKER_HUB_NAMES = Set.of(
            "docker.io", "index.docker.io", "registry-1.docker.io");

    @Override
    public String toString() {
        return "RegistryCredentials[" + username + ", password hidden]";
    }

    String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Docker config directory: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
    static Path defaultConfigDir() {
        String env = System.getenv("DOCKER_CONFIG");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".docker");
    }

    /** Finds the entry for {@code registry}; null when there is none or no config file. */
    static RegistryCredentials find(Path configDir, String registry) throws ImageException {
        Path file = configDir.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode auths;
        try {
            auths = ImageDocuments.parse(Files.readAllBytes(file), file.toString()).path("auths");
        } catch (IOException e) {
            throw new ImageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String wanted = hostOf(registry);
        for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (sameRegistry(hostOf(entry.getKey()), wanted)) {
                return decode(entry.getValue(), file + " auths." + entry.getKey());
            }
        }
        return null;
    }

    private static RegistryCredentials decode(JsonNode entry, String where)
            throws ImageException {
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ImageException(where + ": auth is not base64");
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new ImageException(where + ": auth must decode to username:password");
            }
            return new RegistryCredentials(pair.substring(0, colon), pair.substring(colon + 1));
        }
        if (entry.hasNonNull("username") && entry.hasNonNull("password")) {
            return new RegistryCredentials(entry.get("username").asText(),
                    entry.get("password").asText());
        }
        return null;
    }

    /** Keys may be bare hosts or URLs such as {@code https://index.docker.io/v1/}. */
    private static String hostOf(String key) {
        String host = key.replaceFirst("^[a-zA-Z]+://", "");
        int slash = host.indexOf('/');
        return (slash < 0 ? host : host.substring(0, slash)).toLowerCase();
    }

    private static boolean sameRegistry(String a, String b) {
        return a.equals(b) || DOCKER_HUB_NAMES.contains(a) && DOCKER_HUB_NAMES.contains(b);
    }
}
