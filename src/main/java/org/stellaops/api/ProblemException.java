// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.util.Map;

/**
 * A request the server refuses, with what RFC 9457 problem details need: the status, a short
 * title, a detail that tells the client what to change, and any headers (Retry-After).
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Map<String, String> headers;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }

    static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what);
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }
}
