// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

/**
 * A request's credentials are refused: answered 401 (bad or missing credentials) or 403
 * (valid, but without the scope), as an RFC 9457 problem with a {@code WWW-Authenticate}
 * header. The message says why, without echoing the credential.
 */
public final class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public AccessDenied(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
