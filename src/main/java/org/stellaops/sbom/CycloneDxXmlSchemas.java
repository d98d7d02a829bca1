// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates CycloneDX XML against the XSD of its version as cyclonedx-core-java ships it
 * (1.2 to 1.6, with its SPDX licence XSD). Only called after the streaming pass has refused
 * any DOCTYPE, so the validator never sees a DTD; external DTD and schema access are off too.
 *
 * <p>One violation is tolerated: the XSDs' identity constraint on bom-ref
 * ({@code cvc-identity-constraint}), since duplicate bom-refs are kept and counted as a
 * warning by {@link CycloneDxSbomBuilder}, as they are for JSON, whose schema cannot say it.
 *
 * <p>Known gap: the 1.5 and 1.6 XSDs in cyclonedx-core-java 11.0.1 allow only one
 * {@code <user>} in a model card's {@code <considerations><users>}, so the official test
 * vectors {@code valid-machine-learning-1.5.xml} and {@code -1.6.xml} are refused; the current
 * official bom-1.6.xsd accepts them. Fixing it takes a library release with the corrected XSDs,
 * or bundling the official ones as the 1.7 JSON schema is bundled.
 */
final class CycloneDxXmlSchemas {

    private static final XmlParser CYCLONEDX = new XmlParser();
    private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CycloneDxXmlSchemas() {
    }

    /** Returns warnings; throws on the first violation that is not tolerated. */
    static List<String> validate(byte[] document, String specVersion, String origin)
            throws SbomException {
        Version version = Version.fromVersionString(specVersion);
        if (version == null) {
            return List.of("not validated against the CycloneDX schema: no XSD for "
                    + specVersion + " is available");
        }
        List<SAXParseException> violations = new ArrayList<>();
        try {
            Validator validator = schema(version).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collector(violations));
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXParseException e) {
            violations.add(e);
        } catch (SAXException | IOException e) {
            throw new SbomException(origin + ": cannot validate against the CycloneDX "
                    + specVersion + " XSD: " + e.getMessage());
        }
        for (SAXParseException violation : violations) {
            if (!violation.getMessage().startsWith("cvc-identity-constraint")) {
                throw new SbomException(origin + " at line " + violation.getLineNumber()
                        + ", column " + violation.getColumnNumber() + ": violates the CycloneDX "
                        + specVersion + " XML schema: " + violation.getMessage());
            }
        }
        return List.of();
    }

    private static Schema schema(Version version) throws SAXException {
        Schema known = SCHEMAS.get(version);
        if (known == null) {
            known = CYCLONEDX.getXmlSchema(version);
            SCHEMAS.put(version, known);
        }
        return known;
    }

    private static ErrorHandler collector(List<SAXParseException> violations) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // XSD warnings are not violations
            }

            @Override
            public void error(SAXParseException e) {
                violations.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };
    }
}
