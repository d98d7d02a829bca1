// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One package a detector found, in purl terms, with where it was found.
 *
 * @param type the purl type ({@code deb}, {@code rpm}, {@code apk}, {@code pypi}, {@code npm},
 *     {@code maven}, {@code golang}, {@code cargo}, {@code nuget}, {@code gem},
 *     {@code composer})
 * @param namespace the purl namespace (distro vendor for OS packages, Maven group, npm scope
 *     with its '@', Go module path prefix, Composer vendor), or null
 * @param name the purl name, as the ecosystem spells it (normalisation is the matcher's job)
 * @param version the version as written (OS packages: {@code [epoch:]version-release} is split
 *     into {@code version} without the epoch and an {@code epoch} qualifier)
 * @param qualifiers purl qualifiers ({@code arch}, {@code epoch}, {@code distro}...), sorted
 * @param sourceName the source package (dpkg {@code Source}, rpm source rpm name), or null
 * @param sourceVersion the source package's version when it differs, or null
 * @param licenses licence expressions or names as the metadata states them
 * @param path the file it was read from, relative to the root (nested archives as
 *     {@code app.war!/WEB-INF/lib/a.jar})
 * @param layer the diff id of the layer holding {@code path}, or null for a directory tree
 * @param detector the id of the detector that found it
 * @param dev whether a lockfile marks it as a development-only dependency
 */
public record InstalledPackage(
        String type,
        String namespace,
        String name,
        String version,
        Map<String, String> qualifiers,
        String sourceName,
        String sourceVersion,
        List<String> licenses,
        String path,
        String layer,
        String detector,
        boolean dev) {

    public InstalledPackage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        qualifiers = Collections.unmodifiableMap(new TreeMap<>(qualifiers));
        licenses = List.copyOf(licenses);
    }

    /** A package with no qualifiers, source, licences or dev flag; the common case of lockfiles. */
    public static InstalledPackage of(String type, String namespace, String name, String version,
            String path, String detector) {
        return new InstalledPackage(type, namespace, name, version, Map.of(), null, null,
                List.of(), path, null, detector, false);
    }

    /** The same package found in the given layer. */
    public InstalledPackage withLayer(String diffId) {
        return new InstalledPackage(type, namespace, name, version, qualifiers, sourceName,
                sourceVersion, licenses, path, diffId, detector, dev);
    }

    /** The same package with one more qualifier (replacing a qualifier of the same key). */
    public InstalledPackage withQualifier(String key, String value) {
        Map<String, String> more = new TreeMap<>(qualifiers);
        more.put(key, value);
        return new InstalledPackage(type, namespace, name, version, more, sourceName,
                sourceVersion, licenses, path, layer, detector, dev);
    }

    /** The same package marked as a development dependency or not. */
    public InstalledPackage withDev(boolean isDev) {
        return new InstalledPackage(type, namespace, name, version, qualifiers, sourceName,
                sourceVersion, licenses, path, layer, detector, isDev);
    }

    /** Whether this is an operating-system package. */
    public boolean osPackage() {
        return type.equals("deb") || type.equals("rpm") || type.equals("apk");
    }

    /**
     * The canonical package URL.
     *
     * @throws IllegalStateException when the fields do not form a valid purl (a detector bug)
     */
    public String purl() {
        try {
            TreeMap<String, String> q = qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers);
            return new PackageURL(type, namespace, name, version, q, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new IllegalStateException("invalid purl fields for " + type + "/" + name
                    + " from " + path + ": " + e.getMessage(), e);
        }
    }
}
