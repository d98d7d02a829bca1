// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import java.util.Objects;

import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import io.github.nscuro.versatile.version.RpmVersion;
import io.github.nscuro.versatile.version.RpmVersion.Provider;

/**
 * RPM versions, {@code [epoch:]version[-release]}, ordered as {@code rpmvercmp} orders them: Red
 * Hat, AlmaLinux, Rocky Linux, SUSE, openSUSE, Amazon Linux, Photon OS, Azure Linux and others.
 *
 * <p>Exactly one instance, shared by every caller. Comparison is versatile's port of rpmvercmp,
 * over segments split once at parse time ({@link RpmSegments})
 * (alphanumeric segments, {@code ~} before everything, {@code ^} after the end but before any
 * further segment). A missing epoch equals {@code 0}; a missing release sorts before any release.
 *
 * <p>Parsing is stricter than versatile's, which takes {@code a:1} as version {@code a:1} and
 * throws a bare NumberFormatException on a long epoch: the epoch must be a number that fits an
 * {@code int}, a colon may appear only after it, and blanks or control characters are refused.
 */
public final class RpmScheme implements VersionScheme<RpmPackageVersion> {

    public static final RpmScheme INSTANCE = new RpmScheme();

    private static final Provider PROVIDER = new Provider();

    private RpmScheme() {
    }

    @Override
    public String id() {
        return "rpm";
    }

    @Override
    public RpmPackageVersion parse(String text) throws InvalidVersionException {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw invalid(text, "empty");
        }
        if (text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw invalid(text, "contains whitespace or control characters");
        }

        int colon = text.indexOf(':');
        if (colon >= 0) {
            requireEpoch(text, text.substring(0, colon));
            if (text.indexOf(':', colon + 1) >= 0) {
                throw invalid(text, "more than one colon");
            }
        }

        try {
            return new RpmPackageVersion(text,
                    (RpmVersion) PROVIDER.getVersion(KnownVersioningSchemes.SCHEME_RPM, text));
        } catch (IllegalArgumentException e) {
            throw invalid(text, "not [epoch:]version[-release] with one hyphen at most");
        }
    }

    private void requireEpoch(String text, String epoch) throws InvalidVersionException {
        if (epoch.isEmpty() || !epoch.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(text, "epoch is not a non-negative number");
        }
        try {
            Integer.parseInt(epoch);
        } catch (NumberFormatException e) {
            throw invalid(text, "epoch is too big");
        }
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id(), text, reason);
    }
}
