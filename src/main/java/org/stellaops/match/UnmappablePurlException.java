// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/** A purl that cannot be matched: malformed, versionless, or of an ecosystem OSV lacks. */
public final class UnmappablePurlException extends Exception {

    private final String purl;
    private final String reason;

    public UnmappablePurlException(String purl, String reason) {
        super(purl + ": " + reason);
        this.purl = purl;
        this.reason = reason;
    }

    public String purl() {
        return purl;
    }

    public String reason() {
        return reason;
    }
}
