// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-guess Maven coordinates of an archive without {@code pom.properties}. The artifact is the
 * file name's part before the version ({@code commons-io} of {@code commons-io-2.11.0.jar}),
 * else a one-word {@code Implementation-Title}, else the file name without extension. The
 * version is {@code Implementation-Version}, else {@code Bundle-Version}, else the file name's.
 * The group is {@code Implementation-Vendor-Id}, else a {@code Bundle-SymbolicName} of the form
 * {@code GROUP.ARTIFACT}, else the artifact itself: a Maven purl must have a namespace, and
 * {@code artifact/artifact} is what syft guesses too (right for {@code junit}, {@code log4j},
 * {@code commons-io} of old). No version at all means no package. These guesses carry no
 * warning, as they are the best the archive tells; finding the artifact by its SHA-1 on Maven
 * Central would do better.
 *
 * @param group the Maven group, named by the archive or guessed
 */
record ManifestCoordinates(String group, String artifact, String version) {

    private static final Pattern NAME_VERSION = Pattern.compile("^(.+?)-(\\d[\\w.+-]*)$");
    private static final Pattern ONE_WORD = Pattern.compile("^[\\w.-]+$");

    /** The coordinates, or null when neither the manifest nor the file name has a version. */
    static ManifestCoordinates of(Manifest manifest, String fileName) {
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Matcher parts = NAME_VERSION.matcher(stem);
        boolean versioned = parts.matches();

        String title = value(main, "Implementation-Title");
        String artifact = versioned ? parts.group(1)
                : title != null && ONE_WORD.matcher(title).matches() ? title : stem;
        String version = first(value(main, "Implementation-Version"),
                value(main, "Bundle-Version"), versioned ? parts.group(2) : null);
        if (version == null || artifact.isBlank()) {
            return null;
        }
        return new ManifestCoordinates(group(main, artifact), artifact, version);
    }

    private static String group(Attributes main, String artifact) {
        String vendorId = value(main, "Implementation-Vendor-Id");
        if (vendorId != null) {
            return vendorId;
        }
        String symbolicName = value(main, "Bundle-SymbolicName");
        if (symbolicName != null) {
            symbolicName = symbolicName.split(";")[0].trim();
            String suffix = "." + artifact;
            if (symbolicName.endsWith(suffix) && symbolicName.length() > suffix.length()) {
                return symbolicName.substring(0, symbolicName.length() - suffix.length());
            }
        }
        return artifact;
    }

    private static String value(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
