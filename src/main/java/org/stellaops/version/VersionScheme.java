// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

/**
 * One way of ordering version strings: SemVer, PEP 440, dpkg, rpm and so on.
 *
 * <p>Implementations are stateless and thread-safe. {@link #parse} is the only place that
 * rejects a string; once parsed, versions of the same scheme always compare.
 *
 * @param <V> the parsed form; its natural order is the scheme's precedence order
 */
public interface VersionScheme<V extends Comparable<V>> {

    /** Short stable name, used in reports and the explain trace ("semver", "pep440", "dpkg"). */
    String id();

    /**
     * Parses one version string.
     *
     * @throws InvalidVersionException when the scheme cannot read the string; the message says why
     */
    V parse(String text) throws InvalidVersionException;

    /** Compares two version strings by this scheme's precedence. */
    default int compare(String left, String right) throws InvalidVersionException {
        return parse(left).compareTo(parse(right));
    }
}
