// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * One claim of one issuer: the status of one vulnerability in some products, in the terms all
 * three formats share. A document statement naming several vulnerabilities is split into one
 * statement per vulnerability by its reader.
 *
 * @param issuer who makes the claim (OpenVEX author or supplier, CSAF publisher name,
 *     CycloneDX metadata manufacturer, supplier or author); never null (the reader falls back
 *     to {@code "unknown"})
 * @param vulnerability the vulnerability id as written (CVE-..., GHSA-...)
 * @param aliases further ids of the same vulnerability the document gives, sorted
 * @param justification the mapped justification of a not_affected claim, or null
 * @param justificationText the justification exactly as the document wrote it, or null
 * @param impactStatement why the product is not affected, in words, or null
 * @param actionStatement what to do about an affected product, or null
 * @param timestamp when the claim was made (RFC 3339 as written: the statement's own
 *     timestamp, else its document's), or null when neither says
 */
public record VexStatement(
        VexSource source,
        VexFormat format,
        String issuer,
        String vulnerability,
        List<String> aliases,
        List<VexProduct> products,
        VexStatus status,
        VexJustification justification,
        String justificationText,
        String impactStatement,
        String actionStatement,
        String timestamp) {

    public VexStatement {
        aliases = List.copyOf(aliases);
        products = List.copyOf(products);
    }
}
