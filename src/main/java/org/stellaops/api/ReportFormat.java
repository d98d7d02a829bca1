// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.util.List;
import java.util.Locale;

/** The report formats a finished scan is served in, with their media types. */
enum ReportFormat {
    JSON("json", "application/json"),
    CYCLONEDX("cyclonedx", "application/vnd.cyclonedx+json"),
    SARIF("sarif", "application/sarif+json"),
    SPDX("spdx", "application/spdx+json"),
    TABLE("table", "text/plain; charset=utf-8");

    final String name;
    final String mediaType;

    ReportFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    /** The format {@code ?format=} names; a problem when it names none. */
    static ReportFormat named(String format) {
        for (ReportFormat candidate : values()) {
            if (candidate.name.equals(format.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw ProblemException.badRequest("format must be json, cyclonedx, sarif, spdx or "
                + "table, not '" + format + "'");
    }

    /** The document format an Accept header asks for by media type, or null for none. */
    static ReportFormat accepted(List<String> accept) {
        for (String value : accept) {
            for (String part : value.split(",")) {
                String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                for (ReportFormat candidate : values()) {
                    if (candidate != JSON && candidate.mediaType.startsWith(type)
                            && !type.isEmpty() && !type.equals("*/*")) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }
}
