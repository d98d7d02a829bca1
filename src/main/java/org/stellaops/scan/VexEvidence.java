// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.VexTrust;
import org.stellaops.vex.VexWarning;

/**
 * The VEX a scan is given, from every source (files, uploads, the server's registry, the SBOM
 * itself), and how much each issuer is trusted.
 *
 * <p>Documents are put in digest order, so the same documents given in another order (a
 * directory listed differently, uploads in another order) make the same scan; a document
 * given twice counts once, under the origin that sorts first.
 */
public record VexEvidence(List<VexDocument> documents, VexTrust trust) {

    public static final VexEvidence NONE = new VexEvidence(List.of(), VexTrust.defaults());

    public VexEvidence {
        List<VexDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(VexDocument::digest)
                .thenComparing(VexDocument::origin));
        // one document given twice (registered and uploaded, say) counts once
        List<VexDocument> distinct = new ArrayList<>(sorted.size());
        for (VexDocument document : sorted) {
            if (distinct.isEmpty()
                    || !distinct.get(distinct.size() - 1).digest().equals(document.digest())) {
                distinct.add(document);
            }
        }
        documents = List.copyOf(distinct);
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** Every statement of every document, documents in digest order. */
    public List<VexStatement> statements() {
        List<VexStatement> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(document.statements()));
        return all;
    }

    /** What the readers found wrong with the documents. */
    public List<VexWarning> readerWarnings() {
        List<VexWarning> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(document.warnings()));
        return all;
    }

    public VexEvidence with(List<VexDocument> more) {
        List<VexDocument> all = new ArrayList<>(documents);
        all.addAll(more);
        return new VexEvidence(all, trust);
    }
}
