// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CycloneDX XML 1.2 to 1.7 (1.7 for what 1.6 knows), streaming with StAX: the same
 * facts as {@link CycloneDxJsonReader}, from {@code <metadata>}, {@code <components>} and
 * {@code <dependencies><dependency ref><dependency ref/></dependency></dependencies>}. The
 * specVersion is the one the root element's namespace names.
 *
 * <p>Hostile input: the factory has DTD support and external entities switched off, and any
 * DOCTYPE is refused outright when its event arrives, before anything else is read, so
 * neither external entities (XXE) nor entity expansion (billion laughs) can happen; an
 * undeclared entity reference is then a well-formedness error.
 *
 * <p>Validation: a document of up to {@link CycloneDxInput#VALIDATION_LIMIT} bytes is
 * validated against the XSD of its version ({@link CycloneDxXmlSchemas}) after the streaming
 * pass; a larger one gets the streaming structural checks and a warning. XSD validation
 * itself streams, so larger documents could be validated too by spooling them to a temporary
 * file for a second pass; that is not done, to keep one size rule for both encodings. 1.7 XML
 * is never schema-validated: cyclonedx-core-java ships XSDs up to 1.6 and we bundle no
 * bom-1.7.xsd.
 */
final class CycloneDxXmlReader implements SbomReader {

    private static final XMLInputFactory XML = secureFactory();

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        CycloneDxInput input = CycloneDxInput.buffer(in, CycloneDxInput.VALIDATION_LIMIT, origin);
        CycloneDxSbomBuilder sbom = new CycloneDxSbomBuilder(SbomFormat.CYCLONEDX_XML);
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(input.stream());
            readDocument(xml, sbom, origin);
        } catch (XMLStreamException e) {
            throw malformed(e, origin);
        } finally {
            close(xml);
        }
        if (input.small()) {
            CycloneDxXmlSchemas.validate(input.bytes(), sbom.specVersion(), origin)
                    .forEach(sbom::warn);
        } else {
            sbom.warn("not validated against the CycloneDX schema: larger than "
                    + CycloneDxInput.VALIDATION_LIMIT + " bytes, structural checks only");
        }
        return sbom.build();
    }

    private static void readDocument(XMLStreamReader xml, CycloneDxSbomBuilder sbom,
            String origin) throws XMLStreamException, SbomException {
        boolean root = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw fail(xml.getLocation(), origin, "DOCTYPE declarations are not allowed "
                        + "(no DTDs, no entities)");
            }
            if (event == XMLStreamConstants.START_ELEMENT && !root) {
                root = true;
                readBom(xml, sbom, origin);
            }
        }
        if (!root) {
            throw new SbomException(origin + ": not a CycloneDX BOM: no root element");
        }
    }

    private static void readBom(XMLStreamReader xml, CycloneDxSbomBuilder sbom, String origin)
            throws XMLStreamException, SbomException {
        String namespace = xml.getNamespaceURI();
        String version = CycloneDxSpecVersion.fromNamespace(namespace);
        if (!xml.getLocalName().equals("bom") || version == null) {
            throw new SbomException(origin + ": not a CycloneDX BOM: root element is {"
                    + namespace + "}" + xml.getLocalName());
        }
        sbom.specVersion(CycloneDxSpecVersion.of(version, origin).text());
        CycloneDxXmlComponents cdx = new CycloneDxXmlComponents(xml, namespace, origin);
        while (cdx.nextChild()) {
            switch (xml.getLocalName()) {
                case "metadata" -> readMetadata(cdx, xml, sbom);
                case "components" -> {
                    while (cdx.nextChild()) {
                        if (xml.getLocalName().equals("component")) {
                            sbom.addComponent(cdx.readComponent());
                        } else {
                            cdx.skip();
                        }
                    }
                }
                case "dependencies" -> readDependencies(cdx, xml, sbom, origin);
                default -> cdx.skip();
            }
        }
    }

    private static void readMetadata(CycloneDxXmlComponents cdx, XMLStreamReader xml,
            CycloneDxSbomBuilder sbom) throws XMLStreamException, SbomException {
        while (cdx.nextChild()) {
            switch (xml.getLocalName()) {
                case "timestamp" -> sbom.created(cdx.text());
                case "component" -> sbom.addSubject(cdx.readComponent());
                default -> cdx.skip();
            }
        }
    }

    private static void readDependencies(CycloneDxXmlComponents cdx, XMLStreamReader xml,
            CycloneDxSbomBuilder sbom, String origin) throws XMLStreamException, SbomException {
        while (cdx.nextChild()) {
            if (!xml.getLocalName().equals("dependency")) {
                cdx.skip();
                continue;
            }
            String ref = requiredRef(xml, origin);
            List<String> targets = new ArrayList<>();
            while (cdx.nextChild()) {
                if (xml.getLocalName().equals("dependency")) {
                    targets.add(requiredRef(xml, origin));
                }
                cdx.skip();
            }
            sbom.addDependency(ref, targets);
        }
    }

    private static String requiredRef(XMLStreamReader xml, String origin) throws SbomException {
        String ref = xml.getAttributeValue(null, "ref");
        if (ref == null) {
            throw fail(xml.getLocation(), origin, "a dependency needs a ref attribute");
        }
        return ref;
    }

    private static SbomException malformed(XMLStreamException e, String origin) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // StAX implementations append the position to the message; it is given in front
        int position = message.indexOf("\n at [row,col");
        message = position >= 0 ? message.substring(0, position) : message;
        Location at = e.getLocation();
        return at == null ? new SbomException(origin + ": malformed XML: " + message)
                : fail(at, origin, "malformed XML: " + message.replace('\n', ' '));
    }

    private static SbomException fail(Location at, String origin, String reason) {
        return new SbomException(origin + " at line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ": " + reason);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing releases parser state only; the input stream belongs to the caller
            }
        }
    }
}
