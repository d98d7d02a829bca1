// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry image reference after the docker reference grammar:
 * {@code [domain/]path[:tag][@digest]}.
 * Docker Hub is the default domain (served by {@code registry-1.docker.io}), single-name Hub
 * repositories live under {@code library/}, and the tag defaults to {@code latest} unless a
 * digest is given.
 *
 * @param registry   the domain as written or defaulted ({@code docker.io}, {@code ghcr.io},
 *                   {@code 127.0.0.1:5000})
 * @param repository the path, lower case ({@code library/alpine})
 * @param tag        the tag, null when only a digest is given
 * @param digest     {@code sha256:...}, or null
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";

    private static final Pattern COMPONENT = Pattern.compile(
            "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*"
                    + "[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?");
    private static final Pattern SPLIT = Pattern.compile("^(.+?)(?::([^:/@]+))?(?:@(.+))?$");

    public static ImageReference parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 4096) {
            throw invalid(text, "empty or longer than 4096 characters");
        }
        Matcher m = SPLIT.matcher(text);
        if (!m.matches()) {
            throw invalid(text, "not name[:tag][@digest]");
        }
        String name = m.group(1);
        String tag = m.group(2);
        String digest = m.group(3);
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw invalid(text, "bad tag '" + tag + "'");
        }
        if (digest != null && !Digests.isValid(digest)) {
            throw invalid(text, "digest must be sha256:<64 hex digits>");
        }

        String registry = DOCKER_HUB;
        String path = name;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            // The docker rule: the first component is a domain only if it looks like one.
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.equals(first.toLowerCase())) {
                if (!DOMAIN.matcher(first).matches()) {
                    throw invalid(text, "bad registry '" + first + "'");
                }
                registry = first;
                path = name.substring(slash + 1);
            }
        }
        if (registry.equals("index.docker.io")) {
            registry = DOCKER_HUB;
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw invalid(text, "bad repository component '" + component
                        + "' (lower-case letters, digits and separators . _ __ -)");
            }
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return new ImageReference(registry, path, tag, digest);
    }

    /** The host (and port) to contact: Docker Hub's API is not served at docker.io itself. */
    public String registryHost() {
        return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
    }

    /** The tag or digest to ask the registry for; the digest wins when both are given. */
    public String manifestReference() {
        return digest != null ? digest : tag;
    }

    @Override
    public String toString() {
        return registry + "/" + repository + (tag != null ? ":" + tag : "")
                + (digest != null ? "@" + digest : "");
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("invalid image reference '" + text + "': " + reason);
    }
}
