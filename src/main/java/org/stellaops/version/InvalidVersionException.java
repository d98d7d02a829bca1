// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

/** A version string that its scheme cannot read. The message names the string and the reason. */
public final class InvalidVersionException extends Exception {

    private final String scheme;
    private final String version;

    public InvalidVersionException(String scheme, String version, String reason) {
        super("invalid " + scheme + " version '" + version + "': " + reason);
        this.scheme = scheme;
        this.version = version;
    }

    public String scheme() {
        return scheme;
    }

    public String version() {
        return version;
    }
}
