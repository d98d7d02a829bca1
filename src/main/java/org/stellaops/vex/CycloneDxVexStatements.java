// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;

/**
 * Maps a CycloneDX BOM parsed by cyclonedx-core-java onto statements: one per vulnerability
 * that has an analysis state, pointer {@code /vulnerabilities/<i>}. A vulnerability without
 * one is a finding, not a claim (an SBOM's plain vulnerability list), and is skipped silently.
 *
 * <p>Timestamps come from the library as instants and are written back as RFC 3339 in UTC:
 * the same instant, not always the same characters as the document. The analysis detail is
 * the impact statement of a not-affected claim; for every other status the responses and the
 * detail form the action statement. {@code affects[].versions} is not read: a statement
 * speaks of the referenced component as a whole.
 */
final class CycloneDxVexStatements {

    private final Map<String, Component> components = new HashMap<>();
    private final VexDocumentBuilder doc;

    private CycloneDxVexStatements(VexDocumentBuilder doc) {
        this.doc = doc;
    }

    static VexDocument of(Bom bom, VexDocumentBuilder doc) {
        CycloneDxVexStatements statements = new CycloneDxVexStatements(doc);
        Metadata metadata = bom.getMetadata();
        doc.documentId(bom.getSerialNumber());
        doc.issuer(issuerOf(metadata));
        doc.timestamp(metadata == null ? null : text(metadata.getTimestamp()), "/metadata");
        if (metadata != null && metadata.getComponent() != null) {
            statements.index(metadata.getComponent());
        }
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(statements::index);
        }
        List<Vulnerability> vulnerabilities = bom.getVulnerabilities() == null ? List.of()
                : bom.getVulnerabilities();
        for (int i = 0; i < vulnerabilities.size(); i++) {
            statements.read(vulnerabilities.get(i), "/vulnerabilities/" + i);
        }
        return doc.build();
    }

    private void read(Vulnerability vulnerability, String pointer) {
        Analysis analysis = vulnerability.getAnalysis();
        VexStatus status = analysis == null ? null : CycloneDxAnalysis.statusOf(analysis.getState());
        if (status == null || vulnerability.getId() == null) {
            return;
        }
        List<String> aliases = new ArrayList<>();
        if (vulnerability.getReferences() != null) {
            vulnerability.getReferences().forEach(r -> aliases.add(r.getId()));
        }
        aliases.removeIf(a -> a == null);
        boolean falsePositive = analysis.getState() == Analysis.State.FALSE_POSITIVE;
        String justificationText = falsePositive ? "false_positive"
                : analysis.getJustification() == null ? null
                : analysis.getJustification().getJustificationName();
        boolean notAffected = status == VexStatus.NOT_AFFECTED;
        doc.add(pointer, new VexClaim(vulnerability.getId(), aliases, productsOf(vulnerability),
                status, falsePositive ? null
                        : CycloneDxAnalysis.justificationOf(analysis.getJustification()),
                justificationText, notAffected ? analysis.getDetail() : null,
                notAffected ? null : actionOf(analysis), timestampOf(vulnerability)));
    }

    private List<VexProduct> productsOf(Vulnerability vulnerability) {
        List<VexProduct> products = new ArrayList<>();
        if (vulnerability.getAffects() != null) {
            for (Vulnerability.Affect affect : vulnerability.getAffects()) {
                if (affect.getRef() != null) {
                    products.add(productOf(affect.getRef()));
                }
            }
        }
        return products;
    }

    private VexProduct productOf(String ref) {
        Component component = components.get(ref);
        if (component != null) {
            return new VexProduct(ref, component.getPurl() == null ? List.of()
                    : List.of(component.getPurl()), component.getCpe() == null ? List.of()
                    : List.of(component.getCpe()), ref, List.of());
        }
        int hash = ref.indexOf('#');
        if (ref.startsWith("urn:cdx:") && hash >= 0) {
            String bomRef = bomRefOf(ref.substring(hash + 1));
            return new VexProduct(ref, bomRef.startsWith("pkg:") ? List.of(bomRef) : List.of(),
                    List.of(), bomRef, List.of());
        }
        return new VexProduct(ref, ref.startsWith("pkg:") ? List.of(ref) : List.of(), List.of(),
                ref, List.of());
    }

    /**
     * The bom-ref a BOM-Link's fragment names, percent-decoded, except when it is a purl:
     * purls carry their own percent-encoding, and real documents (Trivy's) put the bom-ref
     * into the fragment unescaped, so decoding {@code libstdc%2B%2B6} would yield a purl the
     * SBOM does not contain. A '+' is kept: fragments are no form data.
     */
    private static String bomRefOf(String fragment) {
        if (fragment.startsWith("pkg:")) {
            return fragment;
        }
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    private static String actionOf(Analysis analysis) {
        String responses = analysis.getResponses() == null ? "" : analysis.getResponses().stream()
                .map(Analysis.Response::getResponseName).collect(Collectors.joining(", "));
        String detail = analysis.getDetail() == null ? "" : analysis.getDetail();
        String action = responses.isEmpty() || detail.isEmpty() ? responses + detail
                : responses + ": " + detail;
        return action.isEmpty() ? null : action;
    }

    private static String timestampOf(Vulnerability vulnerability) {
        Analysis analysis = vulnerability.getAnalysis();
        Date when = analysis.getLastUpdated() != null ? analysis.getLastUpdated()
                : vulnerability.getUpdated() != null ? vulnerability.getUpdated()
                : vulnerability.getPublished();
        return text(when);
    }

    private static String issuerOf(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(name(metadata.getManufacturer()));
        candidates.add(name(metadata.getManufacture()));
        candidates.add(name(metadata.getSupplier()));
        if (metadata.getAuthors() != null && !metadata.getAuthors().isEmpty()) {
            candidates.add(metadata.getAuthors().get(0).getName());
        }
        if (metadata.getComponent() != null) {
            candidates.add(name(metadata.getComponent().getSupplier()));
        }
        return candidates.stream().filter(c -> c != null && !c.isBlank()).findFirst()
                .orElse(null);
    }

    private static String name(OrganizationalEntity entity) {
        return entity == null ? null : entity.getName();
    }

    private static String text(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private void index(Component component) {
        if (component.getBomRef() != null) {
            components.putIfAbsent(component.getBomRef(), component);
        }
        if (component.getComponents() != null) {
            component.getComponents().forEach(this::index);
        }
    }
}
