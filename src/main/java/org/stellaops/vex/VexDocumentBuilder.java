// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects what a reader finds in one document: its identity, its statements in document
 * order and its warnings, each placed by a JSON Pointer. One builder per document.
 */
final class VexDocumentBuilder {

    private final String origin;
    private final VexFormat format;
    private final String digest;
    private final List<VexStatement> statements = new ArrayList<>();
    private final List<VexWarning> warnings = new ArrayList<>();
    private String documentId;
    private String issuer = "unknown";
    private String timestamp;

    VexDocumentBuilder(String origin, VexFormat format, byte[] bytes) {
        this.origin = origin;
        this.format = format;
        this.digest = VexDigest.of(bytes);
    }

    VexFormat format() {
        return format;
    }

    String issuer() {
        return issuer;
    }

    /** The document's timestamp, already checked; statements without their own inherit it. */
    String timestamp() {
        return timestamp;
    }

    void documentId(String id) {
        documentId = id;
    }

    /** Blank or missing issuers read as {@code "unknown"}, so a statement always has one. */
    void issuer(String name) {
        issuer = name == null || name.isBlank() ? "unknown" : name;
    }

    void timestamp(String written, String pointer) {
        timestamp = checkedTimestamp(written, pointer);
    }

    VexSource source(String pointer) {
        return new VexSource(origin, documentId, pointer);
    }

    void warn(String pointer, String code, String message) {
        warnings.add(new VexWarning(source(pointer), code, message));
    }

    /** The timestamp as written when it is RFC 3339; else null and a {@code bad-timestamp}. */
    String checkedTimestamp(String written, String pointer) {
        if (written == null || VexTimestamps.isRfc3339(written)) {
            return written;
        }
        warn(pointer, "bad-timestamp", "not an RFC 3339 date-time: '" + written + "'");
        return null;
    }

    /** Adds a statement; aliases are de-duplicated, sorted and never the id itself. */
    void add(String pointer, VexClaim claim) {
        TreeSet<String> aliases = new TreeSet<>(claim.aliases());
        aliases.remove(claim.vulnerability());
        statements.add(new VexStatement(source(pointer), format, issuer, claim.vulnerability(),
                List.copyOf(aliases), claim.products(), claim.status(), claim.justification(),
                claim.justificationText(), claim.impactStatement(), claim.actionStatement(),
                claim.timestamp() != null ? claim.timestamp() : timestamp));
    }

    VexDocument build() {
        return new VexDocument(origin, format, documentId, issuer, timestamp, digest, statements,
                warnings);
    }
}
