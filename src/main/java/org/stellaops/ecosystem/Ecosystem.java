// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import java.util.Locale;
import java.util.Objects;

/**
 * An OSV ecosystem name split into its family and release: {@code Debian:12} is family
 * {@code Debian}, release {@code 12}; {@code Red Hat:enterprise_linux:9::appstream} is family
 * {@code Red Hat}, release {@code 9}; {@code npm} has no release.
 *
 * <p>The full name is kept verbatim, since reports and the explain trace must show what the
 * advisory said.
 */
public record Ecosystem(String name, String family, String release) {

    public Ecosystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        release = release == null ? "" : release;
    }

    /** Parses an OSV ecosystem string, including its suffixes. */
    public static Ecosystem parse(String name) {
        String trimmed = name.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return new Ecosystem(trimmed, trimmed, "");
        }
        String family = trimmed.substring(0, colon);
        String suffix = trimmed.substring(colon + 1);
        String release = Releases.normalize(family, releaseOf(family, suffix));
        return new Ecosystem(trimmed, family, release);
    }

    /** True when the ecosystem names a release (a distro version such as {@code 12}). */
    public boolean hasReleases() {
        return !release.isEmpty();
    }

    /** The key under which packages of this ecosystem are indexed: family, lower-cased. */
    public String indexFamily() {
        return family.toLowerCase(Locale.ROOT);
    }

    /**
     * Extracts the release from a suffix. Language ecosystems have none (a suffix such as
     * {@code Maven:https://maven.google.com} names a repository). Distros mostly put it first
     * ({@code 22.04:LTS}, {@code v3.20}), but Red Hat uses CPE-like parts
     * ({@code enterprise_linux:9::appstream}) and Ubuntu Pro a prefix ({@code Pro:18.04:LTS}):
     * there the release is the first part that starts with a digit. SUSE and openSUSE name a
     * product ({@code Linux Enterprise Server 15 SP5}), which is kept whole.
     */
    private static String releaseOf(String family, String suffix) {
        if (!Distros.isDistroFamily(family)) {
            return "";
        }
        if (family.equals("SUSE") || family.equals("openSUSE")) {
            return suffix;
        }
        String[] parts = suffix.split(":");
        for (String part : parts) {
            if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                return part;
            }
        }
        return parts.length == 0 ? "" : parts[0];
    }

    @Override
    public String toString() {
        return name;
    }
}
