// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.Set;

/** Classifies advisory ids by the database prefix before their first dash. */
public final class AdvisoryKinds {

    /** Errata that fix bugs or add features, never vulnerabilities. */
    private static final Set<String> NON_SECURITY_ERRATA = Set.of("ALBA", "ALEA", "RHBA", "RHEA");

    /**
     * Distro security advisories: their own id names an update, and the CVEs it fixes are in
     * {@code related} rather than {@code aliases}.
     */
    private static final Set<String> DISTRO_ADVISORIES = Set.of(
            "ALSA", "RHSA", "RLSA", "RXSA", "DSA", "DLA", "DTSA", "USN", "ELA", "OESA", "MGASA",
            "PHSA", "CLSA", "SUSE-SU", "openSUSE-SU", "ALPINE", "CGA", "BELL", "ECHO", "MINI");

    private AdvisoryKinds() {
    }

    public static boolean isNonSecurityErratum(String id) {
        return NON_SECURITY_ERRATA.contains(prefixOf(id));
    }

    public static boolean isDistroAdvisory(String id) {
        return DISTRO_ADVISORIES.contains(prefixOf(id));
    }

    /** The database prefix: {@code SUSE-SU} for {@code SUSE-SU-2024:1-1}, else up to the dash. */
    public static String prefixOf(String id) {
        if (id.startsWith("SUSE-") || id.startsWith("openSUSE-")) {
            int second = id.indexOf('-', id.indexOf('-') + 1);
            return second < 0 ? id : id.substring(0, second);
        }
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
