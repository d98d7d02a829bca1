// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * A product or package a statement speaks of, with every identifier its document gives.
 *
 * @param id the identifier as written (OpenVEX {@code @id}, CSAF product id, CycloneDX ref)
 * @param purls package URLs that identify it (OpenVEX {@code @id} or identifiers.purl, CSAF
 *     product_identification_helper.purl, the purl of the CycloneDX component a ref names, or
 *     the ref itself when it is a purl), in document order; may be empty
 * @param cpes CPE names that identify it, in document order; may be empty
 * @param componentRef for CycloneDX, the bom-ref (the part after {@code #} of a BOM-Link), so
 *     a statement can name a component of the scanned SBOM; else null
 * @param subcomponents the packages within this product the statement is about (OpenVEX
 *     subcomponents; for CSAF, the component of a relationship whose product this is); empty
 *     when the statement is about the product itself
 */
public record VexProduct(
        String id,
        List<String> purls,
        List<String> cpes,
        String componentRef,
        List<VexProduct> subcomponents) {

    public VexProduct {
        purls = List.copyOf(purls);
        cpes = List.copyOf(cpes);
        subcomponents = List.copyOf(subcomponents);
    }

    /** A product known by one purl only. */
    public static VexProduct ofPurl(String purl) {
        return new VexProduct(purl, List.of(purl), List.of(), null, List.of());
    }
}
