// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * A package to match, already mapped onto OSV terms.
 *
 * @param purl the package URL as given
 * @param family the OSV ecosystem family ({@code PyPI}, {@code Debian}, {@code Red Hat}...)
 * @param release the distro release at advisory granularity, empty for language ecosystems
 * @param names the names to look up: the package name, then its source package when known
 * @param version the installed version, with the epoch when the purl carries one
 * @param sourceVersion the source package's version when it differs, else null
 */
public record PackageQuery(
        String purl, String family, String release, List<String> names, String version,
        String sourceVersion) {

    public PackageQuery {
        names = List.copyOf(names);
    }

    /** The ecosystem as a user would name it: {@code Debian:12}, {@code npm}. */
    public String ecosystemLabel() {
        return release.isEmpty() ? family : family + ":" + release;
    }

    /** True for distro packages, whose advisories are published per release. */
    public boolean isDistro() {
        return PurlMapping.isDistroFamily(family);
    }
}
