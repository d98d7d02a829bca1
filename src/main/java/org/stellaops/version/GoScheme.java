// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Objects;

import io.github.nscuro.versatile.version.GoVersion;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;

/**
 * Go module versions, ordered as {@code golang.org/x/mod/semver} orders them.
 *
 * <p>Exactly one instance, shared by every caller. Go requires the leading {@code v}, but the
 * Go vulnerability database strips it in OSV ranges ({@code 1.2.3}, not {@code v1.2.3}), so both
 * spellings are accepted and compare equal. {@code +incompatible} is build metadata and therefore
 * ignored when ordering. Pseudo-versions such as {@code v0.0.0-20191109021931-daa7c04131f5} are
 * prereleases whose first identifier is the commit time, so they order by time on their own. As
 * in Go, the shorthands {@code v1} and {@code v1.2} stand for {@code v1.0.0} and {@code v1.2.0}.
 */
public final class GoScheme implements VersionScheme<GoModuleVersion> {

    public static final GoScheme INSTANCE = new GoScheme();

    private static final GoVersion.Provider PROVIDER = new GoVersion.Provider();

    private GoScheme() {
    }

    @Override
    public String id() {
        return "go";
    }

    @Override
    public GoModuleVersion parse(String text) throws InvalidVersionException {
        Objects.requireNonNull(text, "text");
        String withPrefix = text.startsWith("v") ? text : "v" + text;
        if (withPrefix.length() == 1) {
            // versatile fails with an index error rather than a message on an empty version
            throw invalid(text, "empty");
        }

        GoVersion version;
        try {
            version = (GoVersion) PROVIDER.getVersion(KnownVersioningSchemes.SCHEME_GOLANG,
                    withPrefix);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }

        // versatile parses major, minor and patch with Integer.parseInt only when comparing, so a
        // longer number would blow up inside compareTo; refuse it here, where refusing is allowed.
        if (!fitsInt(version.major()) || !fitsInt(version.minor()) || !fitsInt(version.patch())) {
            throw invalid(text, "major, minor or patch number too large");
        }
        return new GoModuleVersion(text, version);
    }

    private static boolean fitsInt(String number) {
        try {
            Integer.parseInt(number);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
