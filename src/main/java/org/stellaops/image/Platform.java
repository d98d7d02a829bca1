// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.Locale;

/**
 * An OCI platform: os, architecture and optional variant, in the Go names images use
 * ({@code linux/amd64}, {@code linux/arm64}, {@code linux/arm/v7}).
 */
public record Platform(String os, String architecture, String variant) {

    public Platform {
        if (os == null || os.isBlank() || architecture == null || architecture.isBlank()) {
            throw new IllegalArgumentException("a platform needs an os and an architecture");
        }
        variant = variant == null || variant.isBlank() ? null : variant;
    }

    /** Parses {@code os/arch[/variant]}. */
    public static Platform parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(
                    "platform must be os/arch[/variant], e.g. linux/arm64, got '" + text + "'");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    /** The platform this JVM runs on, with Java's architecture names mapped to Go's. */
    public static Platform host() {
        String os = System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
        String goOs = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin"
                : "linux";
        return new Platform(goOs, goArchitecture(System.getProperty("os.arch", "amd64")), null);
    }

    static String goArchitecture(String javaArch) {
        return switch (javaArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            default -> javaArch;
        };
    }

    /**
     * Whether an image of {@code offered} runs here. A missing variant on either side matches
     * any variant, and arm64's only variant v8 counts as none.
     */
    public boolean accepts(Platform offered) {
        if (!os.equals(offered.os) || !architecture.equals(offered.architecture)) {
            return false;
        }
        String mine = normalVariant(variant);
        String theirs = normalVariant(offered.variant);
        return mine == null || theirs == null || mine.equals(theirs);
    }

    private String normalVariant(String v) {
        return "arm64".equals(architecture) && "v8".equals(v) ? null : v;
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
