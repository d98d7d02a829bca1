// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CycloneDX XML components from a StAX reader, with the structural checks that hold in
 * every schema version: a component has a {@code type} attribute and a {@code name} element.
 * Only elements in the BOM's own namespace are read; extension elements of other namespaces,
 * and every element not listed in {@link #readChild}, are skipped whole. Leaf values are
 * trimmed, since pretty-printed XML may wrap them in whitespace.
 */
final class CycloneDxXmlComponents {

    private final XMLStreamReader xml;
    private final String namespace;
    private final String origin;

    CycloneDxXmlComponents(XMLStreamReader xml, String namespace, String origin) {
        this.xml = xml;
        this.namespace = namespace;
        this.origin = origin;
    }

    /** Reads the {@code component} element the reader is on, up to its end tag. */
    CycloneDxComponentDraft readComponent() throws XMLStreamException, SbomException {
        Location start = xml.getLocation();
        CycloneDxComponentDraft draft = new CycloneDxComponentDraft();
        draft.type = xml.getAttributeValue(null, "type");
        draft.ref = xml.getAttributeValue(null, "bom-ref");
        while (nextChild()) {
            readChild(draft);
        }
        if (draft.type == null || draft.name == null) {
            throw fail(start, "a component needs a type attribute and a name");
        }
        return draft;
    }

    private void readChild(CycloneDxComponentDraft draft)
            throws XMLStreamException, SbomException {
        switch (xml.getLocalName()) {
            case "name" -> draft.name = text();
            case "version" -> draft.version = text();
            case "purl" -> draft.purl = text();
            case "cpe" -> draft.cpe = text();
            case "licenses" -> readLicenses(draft);
            case "hashes" -> {
                while (nextChild()) {
                    if (xml.getLocalName().equals("hash")) {
                        String algorithm = xml.getAttributeValue(null, "alg");
                        draft.addHash(algorithm, text());
                    } else {
                        skip();
                    }
                }
            }
            case "properties" -> {
                while (nextChild()) {
                    if (xml.getLocalName().equals("property")) {
                        String key = xml.getAttributeValue(null, "name");
                        draft.addProperty(key, text());
                    } else {
                        skip();
                    }
                }
            }
            case "components" -> readComponents(draft);
            default -> skip();
        }
    }

    private void readComponents(CycloneDxComponentDraft parent)
            throws XMLStreamException, SbomException {
        while (nextChild()) {
            if (xml.getLocalName().equals("component")) {
                parent.children.add(readComponent());
            } else {
                skip();
            }
        }
    }

    /** {@code <license><id>|<name></license>} and {@code <expression>}, in document order. */
    private void readLicenses(CycloneDxComponentDraft draft)
            throws XMLStreamException, SbomException {
        while (nextChild()) {
            if (xml.getLocalName().equals("expression")) {
                draft.addLicense(text());
            } else if (xml.getLocalName().equals("license")) {
                String id = null;
                String name = null;
                while (nextChild()) {
                    switch (xml.getLocalName()) {
                        case "id" -> id = text();
                        case "name" -> name = text();
                        default -> skip();
                    }
                }
                draft.addLicense(id != null ? id : name);
            } else {
                skip();
            }
        }
    }

    /**
     * Moves to the next child element in the BOM namespace, skipping others; false at the end
     * tag of the current element. Text between child elements is an error, as in the schema.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.nextTag();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (namespace.equals(xml.getNamespaceURI())) {
                return true;
            }
            skip();
        }
    }

    /** The trimmed text of the current leaf element; the reader ends on its end tag. */
    String text() throws XMLStreamException {
        return xml.getElementText().strip();
    }

    /** Skips the current element and everything in it; the reader ends on its end tag. */
    void skip() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    SbomException fail(Location at, String reason) {
        return new SbomException(origin + " at line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ": " + reason);
    }
}
