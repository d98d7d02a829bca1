// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;
import org.stellaops.db.IndexedAffected;
import org.stellaops.version.InvalidVersionException;
import org.stellaops.version.VersionScheme;
import org.stellaops.version.VersionSchemes;

/**
 * Checks an affected[] entry's explicit {@code versions} list: the exact string first, then
 * equality under the ecosystem's scheme (so PyPI's {@code 1.0} matches a listed {@code 1.0.0}).
 */
final class VersionsListCheck {

    private VersionsListCheck() {
    }

    static RangeVerdict check(IndexedAffected entry, String version) {
        return check(entry, version, ParsedVersions.NONE);
    }

    static RangeVerdict check(IndexedAffected entry, String version, ParsedVersions parsed) {
        if (entry.versions().contains(version)) {
            return affected(version);
        }
        VersionScheme<?> scheme = VersionSchemes.forEcosystem(entry.ecosystem());
        if (scheme != null && listedBySchemeEquality(scheme, entry.versions(), version, parsed)) {
            return affected(version);
        }
        return new RangeVerdict(Outcome.NOT_AFFECTED, null,
                version + " is not among the " + entry.versions().size() + " listed versions",
                List.of());
    }

    private static <V extends Comparable<V>> boolean listedBySchemeEquality(
            VersionScheme<V> scheme, List<String> listed, String version, ParsedVersions parsed) {
        V installed;
        try {
            installed = parsed.parse(scheme, version);
        } catch (InvalidVersionException e) {
            return false;
        }
        for (String candidate : listed) {
            try {
                if (parsed.parse(scheme, candidate).compareTo(installed) == 0) {
                    return true;
                }
            } catch (InvalidVersionException e) {
                // an unreadable listed version cannot equal a readable one; the exact-string
                // check above already covered identical text
            }
        }
        return false;
    }

    private static RangeVerdict affected(String version) {
        return new RangeVerdict(Outcome.AFFECTED, null,
                version + " is listed as affected", List.of());
    }
}
