// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The guard in front of every XML document, the same as the SBOM stage's CycloneDX XML reader
 * uses: DTD support and external entities are off and a DOCTYPE is refused the moment it is
 * seen, so neither external entities (XXE) nor entity expansion can happen, and the library
 * parser and the XSD validator that read the bytes afterwards never meet a DTD.
 */
final class CycloneDxVexXml {

    static final String NAMESPACE = "http://cyclonedx.org/schema/bom/";
    private static final XMLInputFactory XML = secureFactory();

    private CycloneDxVexXml() {
    }

    /** Whether the bytes look like XML at all: the first non-blank character is '<'. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** The root element's namespace; refuses a DOCTYPE and names the line of any error. */
    static String rootNamespace(String origin, byte[] bytes) throws VexException {
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new VexException(origin, at(xml), "DOCTYPE declarations are not "
                            + "allowed (no DTDs, no entities)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String namespace = xml.getNamespaceURI();
                    return namespace == null ? "" : namespace;
                }
            }
            throw new VexException(origin, null, "XML without a root element");
        } catch (XMLStreamException e) {
            String position = e.getLocation() == null ? null : "line "
                    + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new VexException(origin, position, "malformed XML");
        } finally {
            close(xml);
        }
    }

    private static String at(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber() + ", column "
                + xml.getLocation().getColumnNumber();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // only parser state is released; the bytes stay in memory either way
            }
        }
    }
}
